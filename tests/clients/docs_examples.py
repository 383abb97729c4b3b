"""docs/clients.md must show the examples that CI runs: each code block after a marker
<!-- example: PATH --> must equal the file PATH byte for byte, and every example file must be shown.
Usage: python3 tests/clients/docs_examples.py [docs/clients.md]. Exit code 1 on any difference."""
import difflib
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parents[2]
page = root / (sys.argv[1] if len(sys.argv) > 1 else "docs/clients.md")
examples = ["docs/examples/gaps.sh", "docs/examples/gaps.py", "docs/examples/gaps.ts", "docs/examples/Gaps/Program.cs", "docs/examples/Gaps/Gaps.csproj"]

text = page.read_text(encoding="utf-8")
blocks = re.findall(r"<!-- example: (\S+) -->\n```[a-z]*\n(.*?)^```$", text, flags=re.DOTALL | re.MULTILINE)
problems = []
for path, shown in blocks:
    file = root / path
    if not file.is_file():
        problems.append(f"{page.name} shows {path}, which does not exist")
        continue
    actual = file.read_text(encoding="utf-8")
    if shown != actual:
        diff = difflib.unified_diff(actual.splitlines(), shown.splitlines(), f"{path} (the file)", f"{path} (in {page.name})", lineterm="")
        problems.append(f"{page.name} differs from {path}:\n" + "\n".join(diff))
shown_paths = {path for path, _ in blocks}
problems += [f"{page.name} does not show {path} (add <!-- example: {path} --> and the file in a code block)" for path in examples if path not in shown_paths]
if text.count("<!-- example: ") != len(blocks):
    problems.append(f"{page.name} has an <!-- example: --> marker not followed by a code block")

for problem in problems:
    print(problem)
print(f"{page.name}: {len(blocks)} example blocks, {len(problems)} problems")
sys.exit(1 if problems else 0)
