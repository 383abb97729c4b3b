"""The docs and the packages' READMEs must show the examples that CI runs: each code block after a marker
<!-- example: PATH --> must equal the file PATH byte for byte, and docs/clients.md must show every example file.
Usage: python3 tests/clients/docs_examples.py [PAGE...]. Exit code 1 on any difference."""
import difflib
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parents[2]
# Each page and the example files it must show.
required = {
    "docs/clients.md": ["docs/examples/gaps.sh", "docs/examples/gaps.py", "docs/examples/gaps.ts", "docs/examples/Gaps/Program.cs", "docs/examples/Gaps/Gaps.csproj"],
    "src/RatificationApi.Client/README.md": ["docs/examples/Gaps/Program.cs"],
    "src/RatificationApi.Client.TypeScript/README.md": ["docs/examples/gaps.ts"],
}
pages = sys.argv[1:] or list(required)

problems = []
total = 0
for name in pages:
    page = root / name
    text = page.read_text(encoding="utf-8")
    blocks = re.findall(r"<!-- example: (\S+) -->\n```[a-z]*\n(.*?)^```$", text, flags=re.DOTALL | re.MULTILINE)
    for path, shown in blocks:
        file = root / path
        if not file.is_file():
            problems.append(f"{name} shows {path}, which does not exist")
            continue
        actual = file.read_text(encoding="utf-8")
        if shown != actual:
            diff = difflib.unified_diff(actual.splitlines(), shown.splitlines(), f"{path} (the file)", f"{path} (in {name})", lineterm="")
            problems.append(f"{name} differs from {path}:\n" + "\n".join(diff))
    shown_paths = {path for path, _ in blocks}
    problems += [f"{name} does not show {path} (add <!-- example: {path} --> and the file in a code block)" for path in required.get(name, []) if path not in shown_paths]
    if text.count("<!-- example: ") != len(blocks):
        problems.append(f"{name} has an <!-- example: --> marker not followed by a code block")
    total += len(blocks)

for problem in problems:
    print(problem)
print(f"{len(pages)} pages, {total} example blocks, {len(problems)} problems")
sys.exit(1 if problems else 0)
