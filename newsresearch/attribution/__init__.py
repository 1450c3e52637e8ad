"""Attribution: who is quoted and how, with source, cue and content spans.

:func:`attributions` finds, in each article,

* **direct quotes** with their cue before (``Voss said: "..."``) or after
  (``"...," Voss said.`` / ``"...," said Voss, the party's leader.``), quotes
  split by the cue (``"First," she said, "second."``, one attribution with two
  content spans), a trailing ``— Marta Ilves``, multi-paragraph quotes (an
  opening mark on each paragraph, one closing mark), and quote paragraphs that
  continue the previous speaker;
* **indirect speech** around a reporting verb from ``data/reporting_verbs.csv``
  (``The ministry on Wednesday denied claims that ...``, ``Pryce said he was not
  aware ...``), cue chains (``..., saying ...``; ``... and claiming ...``) and
  **mixed** quotes (indirect speech with quoted words: ``dismissed the allegations
  as "not true"``, ``accused the governor of providing assistance to a "ruthless
  strongman"``);
* **according to** (``according to officials, ...`` and ``..., according to X.``).

Each attribution's source is resolved to a **speaker** through
:mod:`newsresearch.actors` (names, surnames, roles such as "the senator", and
pronouns: the most recent speaker of a compatible gender), typed as person,
organisation, anonymous (``data/anonymous_sources.txt``), document or poll
(``data/document_words.txt``), and its cue gets a **stance** (neutral,
assertive, denial, accusation, concession, question, other) from the reporting
verb lexicon. Quote marks may be curly or straight, nested or unbalanced: the
extractor never raises and never drops a document. All offsets are character
offsets into the text given (for a corpus table, the cleaned ``text`` column).

====================  ==============================================================
module                what it holds
====================  ==============================================================
:mod:`.records`       :class:`Cue`, :class:`Attribution`, the per-article :class:`Scan`
:mod:`.cues`          the cue lexicon and verb classes; :func:`cue_at`
:mod:`.phrases`       subject and name noun phrases around a cue; span trimming
:mod:`.direct`        direct quotes and their cues
:mod:`.indirect`      indirect speech, mixed quotes, inverted cues, "according to"
:mod:`.states`        questions put to a source, states of mind, passive perception
:mod:`.speakers`      speaker resolution (pronouns, names, organisations, anonymous)
:mod:`.quote_speakers` speakers of quotes with no cue and of "I" inside a quote
:mod:`.find`          :func:`find_attributions`: one parsed article -> attributions
:mod:`.conventions`   span conventions: our default spans and PARC 3.0 / PolNeAR spans
:mod:`.tables`        :func:`attributions`, :func:`share_by`
:mod:`.stance`        :func:`stance_triples`: who says what about whom
:mod:`.stance_cues`   stance cues (``data/stance_cues.csv``), negation, issue phrases
:mod:`.stance_summary` :func:`stance_pairs`, :func:`entity_stance`: article-level stance
====================  ==============================================================

Scoring against gold annotations is in :mod:`newsresearch.evaluation.attribution`.
"""

from __future__ import annotations

from .conventions import CONVENTIONS
from .cues import cue_lexicon
from .find import find_attributions
from .records import Attribution, Cue
from .stance import STANCE_TRIPLE_COLUMNS, stance_triples
from .stance_summary import (
    ENTITY_STANCE_COLUMNS,
    STANCE_PAIR_COLUMNS,
    entity_stance,
    stance_pairs,
)
from .tables import (
    ATTRIBUTION_COLUMNS,
    ATTRIBUTION_TYPES,
    attribution_type,
    attributions,
    share_by,
)

__all__ = [
    "ATTRIBUTION_COLUMNS",
    "ATTRIBUTION_TYPES",
    "CONVENTIONS",
    "ENTITY_STANCE_COLUMNS",
    "STANCE_PAIR_COLUMNS",
    "STANCE_TRIPLE_COLUMNS",
    "Attribution",
    "Cue",
    "attribution_type",
    "attributions",
    "cue_lexicon",
    "entity_stance",
    "find_attributions",
    "share_by",
    "stance_pairs",
    "stance_triples",
]
