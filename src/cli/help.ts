/** `--help` text: kept free of imports so that printing it loads nothing. */
export const HELP = `extract: entities, dates, deadlines, stances and claims from English news articles

Usage
  extract [options] FILE|DIR|GLOB|- ...
  extract eval [DIR]                 score the fixtures in DIR (default: fixtures)

Inputs
  FILE          a .txt, .md or .html article (HTML is converted to text; the output then
                carries that "text" and its offsets refer to it, not to the HTML)
  DIR           every *.txt, *.md, *.html below it, recursively
  GLOB          e.g. 'news/**/*.txt' (quote it so the shell leaves it alone)
  -             standard input
  --input jsonl each line is {"id","text","date"?}; one output line per input line, same id
                (streamed: bounded memory, output in input order). A line's own date wins
                over --date. A bad line gives {"id","error"} and exit status 1.

Options
  -d, --date YYYY-MM-DD    document date for relative expressions ("next Friday")
  -f, --format FMT         json (default), jsonl (default with --input jsonl), pretty, html
  -o, --out DIR            one file per input (<name>.json, or <name>.html + index pages),
                           each written atomically (temporary file, then rename)
      --resume             with --out: skip inputs whose output is newer than the input
  -j, --jobs N             worker threads (default: number of cores)
  -c, --config FILE        JSON: {"gazetteer":[...],"cues":{"stance":[...],"claim":[...]},"disable":[ids]}
      --explain            add "explain": per record, its rule, the rules that agreed and the
                           candidates it beat; and "trace": what each rule emitted or had refused
      --limit N            with --input jsonl: stop after N lines
  -q, --quiet              no progress bar, no summary
  -h, --help               this text
  -V, --version            the version

Output goes to stdout, messages to stderr. Exit status: 0 success, 1 some input failed
(the others are still processed and written), 2 usage error.

Examples
  extract fixtures/reference-article.txt
  extract --date 2025-06-21 --format pretty article.txt
  cat feed.jsonl | extract --input jsonl - > records.jsonl
  extract --input jsonl corpus.jsonl --out out/ --resume --jobs 2
  extract --format html --out report/ articles/      # then open report/index.html
  extract eval fixtures/
`;
