from mokoko_desktop.cli import main

raise SystemExit(main())
