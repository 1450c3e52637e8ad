from newsresearch.cli import main

raise SystemExit(main())
