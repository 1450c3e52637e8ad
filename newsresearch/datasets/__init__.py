"""Readers of gold and labelled data sets (brat attribution, NewsMTSC, GVFC, frame CSV, sentences)."""
