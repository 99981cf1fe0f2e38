"""The hostile corpus: one file per attack, plus ordinary articles that must still load.

Built once per session by the ``hostile`` fixture (conftest.py). Every case is a file
(or a special file) in one folder, so the whole folder is also a test of "the rest
still loads". Markers such as ``PWNED`` are plain ASCII so a leak is easy to spot in
any output, including a real terminal's title and clipboard.
"""

from __future__ import annotations

import base64
import codecs
import os
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import SHARED

# What a successful attack would leave behind; none of these may ever be seen.
TITLE_MARKER = "PWNED-TITLE"
CLIP_PAYLOAD = base64.b64encode(b"PWNED-CLIPBOARD").decode()
XXE_SECRET = "XXE-SECRET-7f3a9c"
SCRIPT_MARKER = "SCRIPT-MARKER-e41"
STYLE_MARKER = "STYLE-MARKER-e42"
GOOD_TITLE = "Harbour reopens after storm repairs"
INNER_TITLE = "Council approves new library"

# The Big List of Naughty Strings, in ../shared: the corpus gains two files from it when it is there.
BLNS = "hostile/blns.base64.txt"
BLNS_PATH = SHARED / BLNS

# Characters that must never reach a terminal from a document: C0 (but tab and newline), DEL, C1, bidi controls.
FORBIDDEN = frozenset(
    [chr(code) for code in range(0x20) if code not in (0x09, 0x0A)]
    + [chr(code) for code in range(0x7F, 0xA0)]
    + [chr(code) for code in (0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A))]
)


def forbidden_in(text: str) -> list[str]:
    """The distinct forbidden characters in ``text`` (lone surrogates included), as escapes."""
    found = {char for char in text if char in FORBIDDEN or 0xD800 <= ord(char) <= 0xDFFF}
    return sorted(repr(char) for char in found)


def blns_strings(path: Path = BLNS_PATH) -> list[str]:
    """The Big List of Naughty Strings, decoded (comments and blank lines dropped); none when it is absent."""
    if not path.exists():
        return []
    strings = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        strings.append(base64.b64decode(line).decode("utf-8", errors="surrogateescape"))
    return strings


@dataclass
class Corpus:
    root: Path
    secret: Path
    files: dict[str, Path] = field(default_factory=dict)  # case name -> path
    problem_files: set[str] = field(default_factory=set)  # names that must be reported as problems
    good_titles: tuple[str, ...] = (GOOD_TITLE, INNER_TITLE)

    def path(self, case: str) -> Path:
        return self.files[case]


OSC52 = f"\x1b]52;c;{CLIP_PAYLOAD}\x07"
TITLE_SET = f"\x1b]0;{TITLE_MARKER}\x07\x1b]2;{TITLE_MARKER}\x1b\\"
TITLE_REPORT = "\x1b[21t\x1b[20t\x1b]l\x1b\\"

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Laughs</title>
<item><title>&lol9;</title><description>&lol9;</description></item>
</channel></rss>
"""


def _xxe(secret: Path) -> str:
    return f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>
<rss version="2.0"><channel><title>Feed &xxe;</title>
<item><title>Item &xxe;</title><link>https://example.com/a</link><description>Leak: &xxe;</description></item>
</channel></rss>
"""


GOOD = f"""{GOOD_TITLE}

By Jane Ortega

The harbour at Port Ellis reopened on Tuesday after three weeks of repairs, the port authority said.

"We are back to full capacity," said Maria Chen, the authority's director. Repairs cost $4.2 million.
"""

INNER = f"""{INNER_TITLE}

The city council voted 7-2 on Monday to fund a new public library in the east district.
"""


def _text_cases(secret: Path) -> dict[str, bytes]:
    """Regular files: name -> bytes."""
    long_line = ("x" * 1023 + " ") * 2048  # 2 MB, no newline anywhere
    cases: dict[str, bytes] = {
        "good.txt": GOOD.encode(),
        "osc52.txt": f"Clipboard {OSC52}headline\n\nBody {OSC52} text with a clipboard write.\n".encode(),
        "title_seq.txt": f"Title {TITLE_SET} attack\n\nSet {TITLE_SET} and report {TITLE_REPORT} the title.\n".encode(),
        "screen_reset.txt": b"Reset \x1bc headline\n\nClear \x1b[2J\x1b[3J\x1b[H\x1b[?1049l\x1bc here.\n",
        "c1_utf8.txt": (
            "C1 \u009d0;PWNED-TITLE\u009c title\n\nCSI \u009b2J and OSC \u009d52;c;AAAA\u0007 inside.\n"
        ).encode(),
        # Not valid UTF-8, so read as cp1252, whose undefined bytes (0x81, 0x8d, 0x8f, 0x90, 0x9d) stay C1.
        "c1_bytes.txt": b"Raw C1 \x9d0;PWNED-TITLE\x07 bytes\n\nBody \x9b2J \x90q\x9c \x8d \x81 \x8f end.\n",
        "unterminated_osc.txt": b"Unterminated\n\nStart \x1b]0;PWNED-TITLE never ends.\n\nNormal text after it.\n",
        "click.txt": (
            b"Click [@click=app.quit]here[/] title\n\nPress [@click=app.quit]QUIT[/] or [@click=screen.dismiss]x[/].\n"
        ),
        "click.md": b"# Click [@click=app.quit]me[/]\n\nMarkdown [@click=app.quit]QUIT[/] body.\n",
        "link.txt": b"Link [link=https://evil.example]here[/link]\n\nSee [link='file:///etc/passwd']x[/link].\n",
        "stray_close.txt": b"Stray [/] close\n\nThis [/] closes [/bold] nothing [b]and[/i] never opens.\n",
        "brackets.txt": ("[a]" * 50000).encode(),
        "cp1252.txt": b"\x93Smart quotes\x94 in a headline\n\nShe said \x93yes\x94 \x96 it\x92s done\x85\n",
        "latin1.txt": "Café naïve résumé\n\nZoë went to the Großmarkt for crème brûlée.\n".encode("latin-1"),
        "utf16_bom.txt": codecs.BOM_UTF16_LE + "UTF-16 with BOM\n\nBody text \u2014 done.\n".encode("utf-16-le"),
        "utf16_nobom.txt": "UTF-16 without BOM\n\nPlain body text here.\n".encode("utf-16-le"),
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
        "empty.txt": b"",
        "long_line.txt": long_line.encode(),
        "long_body.txt": ("Long body\n\n" + "y" * (2 * 1024 * 1024)).encode(),
        "cr_only.txt": b"CR only title\r\rFirst paragraph\rsecond line.\r\rSecond paragraph.\r",
        "crlf.txt": b"CRLF title\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n",
        "bidi.txt": (
            "Bidi \u202eevil\u202c headline\n\n"
            "Trojan \u202e}; return\u202c \u2066isolate\u2069 \u061c mark.\n\n" + "e" + "\u0301" * 5000 + " zalgo\n"
        ).encode(),
        "nul.md": b"# NUL in Markdown\n\nA paragraph with a \x00 NUL byte inside.\n",
        "deep.md": (
            b"# Deep nesting\n\n"
            + b"> " * 5000
            + b"quoted\n\n"
            + b"- " * 5000
            + b"item\n\n"
            + b"\n"
            + b"[" * 5000
            + b"link"
            + b"](x)" * 50
            + b"\n\n"
            + b"*" * 5000
            + b"emph"
            + b"*" * 5000
            + b"\n"
        ),
        "billion_laughs.xml": BILLION_LAUGHS.encode(),
        "xxe.rss": _xxe(secret).encode(),
        "script.html": (
            "<html><head><title>Script page</title><style>body{color:red} /* "
            + STYLE_MARKER
            + " */</style><script>document.write('"
            + SCRIPT_MARKER
            + "')</script></head><body><article><h1>Script page</h1>"
            "<p>The visible paragraph of an article with enough words to count as content for extraction.</p>"
            "<script>var x = '" + SCRIPT_MARKER + "';</script><p>Another visible paragraph follows here.</p>"
            "</article></body></html>"
        ).encode(),
        # JSON records: escapes arrive as \u001b inside strings, so only the parsed text shows them.
        "records.json": (
            '[{"title": "JSON \\u001b]0;PWNED-TITLE\\u0007 title", "byline": "[@click=app.quit]Ed[/]",'
            ' "body": "Body \\u001b]52;c;' + CLIP_PAYLOAD + '\\u0007 and \\u009b2J and \\ud800 lone surrogate.",'
            ' "url": "javascript:alert(1)\\u001b[2J"}]'
        ).encode(),
        "deep.json": b"[" * 100_000 + b"]" * 100_000,
        f"esc\x1b]0;{TITLE_MARKER}\x07name.txt": b"Escape in the file name\n\nThe name of this file holds an OSC.\n",
        "[@click=app.quit]named[b].txt": b"\n\n",  # empty title: the file name (markup) becomes the title
    }
    strings = blns_strings()
    if strings:
        cases["blns.txt"] = "\n\n".join(["Naughty strings", *strings]).encode("utf-8", errors="surrogateescape")
        cases["blns.md"] = "\n\n".join(["# Naughty strings", *strings]).encode("utf-8", errors="surrogateescape")
    return cases


def build(root: Path, secret_dir: Path) -> Corpus:
    secret = secret_dir / "secret.txt"
    secret.write_text(XXE_SECRET + "\n")
    corpus = Corpus(root=root, secret=secret)
    for name, data in _text_cases(secret).items():
        path = root / name
        path.write_bytes(data)
        corpus.files[name] = path
    corpus.problem_files.add("binary.txt")

    fifo = root / "fifo.txt"
    os.mkfifo(fifo)
    corpus.files["fifo.txt"] = fifo
    corpus.problem_files.add("fifo.txt")

    # A problem whose file name is markup: the problem toast and the problems screen must show it as text.
    markup_fifo = root / "[@click=app.quit]fifo[b].txt"
    os.mkfifo(markup_fifo)
    corpus.files[markup_fifo.name] = markup_fifo
    corpus.problem_files.add(markup_fifo.name)

    dangling = root / "dangling.txt"
    dangling.symlink_to(root / "does-not-exist.txt")
    corpus.files["dangling.txt"] = dangling
    corpus.problem_files.add("dangling.txt")

    loop_a, loop_b = root / "loop_a.txt", root / "loop_b.txt"
    loop_a.symlink_to(loop_b)
    loop_b.symlink_to(loop_a)
    corpus.files["loop_a.txt"], corpus.files["loop_b.txt"] = loop_a, loop_b
    corpus.problem_files.update({"loop_a.txt", "loop_b.txt"})

    # A folder named like a file, holding a real article; and a folder link back to the root (a walk loop).
    folder = root / "x.txt"
    folder.mkdir()
    (folder / "inside.txt").write_text(INNER)
    (folder / "back_to_root").symlink_to(root, target_is_directory=True)
    (folder / "same_as_good.txt").symlink_to(root / "good.txt")  # a second route to one real file
    corpus.files["x.txt"] = folder
    return corpus
