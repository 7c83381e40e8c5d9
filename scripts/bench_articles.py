#!/usr/bin/env python3
"""Generates benchmark input for scripts/bench (never committed: written to a temp dir).

  bench_articles.py articles N OUTDIR [--seed S] SOURCE_DIR...
      N distinct articles, each one source article (lede kept, some body
      paragraphs dropped, sometimes one paragraph of another article put in),
      with its figures, days and years redrawn: a year stays a year (every
      year of an article moves by the same number of years, so terms such as
      2020-2025 stay terms), a date stays a valid date of the same month, a
      figure keeps its format (thousands dots, decimal comma) and its size
      within +-40%. Durations ('6 tháng'), ordinals ('lần thứ 14') and
      fractions ('18/19') are kept.
  bench_articles.py sentence CLAUSES OUTFILE [--seed S] SOURCE_DIR...
      One article that is a single sentence: a lede clause, then CLAUSES
      clauses of the sources (with figures redrawn) joined by commas.

Deterministic for a given seed and sources.
"""
import hashlib
import os
import random
import re
import sys

NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b")
DAY_MONTH_YEAR = re.compile(r"(?<![\d.,/-])(\d{1,2})([/-])(\d{1,2})(?:\2(\d{4}))?(?![\d/-])")
CLOCK_TIME = re.compile(r"(?<![\d.,])\d{1,2}[:h]\d{2}(?![\d])")
MONTH_YEAR = re.compile(r"(?<![\d.,/-])(\d{1,2})/(\d{4})(?![\d/-])")
# Numbers whose next word makes them a duration, kept as they are.
DURATION_WORDS = ("tháng", "năm", "quý", "ngày", "tuần", "giờ")
ORDINAL_BEFORE = ("thứ", "khóa", "khoá", "lần", "số")


def read_articles(dirs):
    articles = []
    for d in dirs:
        for name in sorted(os.listdir(d)):
            if name.endswith(".txt"):
                with open(os.path.join(d, name), encoding="utf-8", errors="replace") as f:
                    text = f.read().replace("\r\n", "\n")
                if text.lstrip().startswith("<"):
                    continue  # an HTML page (the loader reads its text, or rejects it): no paragraphs to mix
                paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
                if paragraphs:
                    articles.append(paragraphs)
    if not articles:
        sys.exit("bench_articles.py: no *.txt in " + " ".join(dirs))
    return articles


def is_year(value):
    return 1950 <= value <= 2049


class Redraw:
    """Redraws the figures, days and years of one article consistently."""

    def __init__(self, rng):
        self.rng = rng
        self.year_shift = rng.choice([-4, -3, -2, -1, 1, 2])

    def year(self, text):
        return str(int(text) + self.year_shift)

    def day(self):
        return str(self.rng.randint(1, 28))

    def figure(self, text):
        whole, _, fraction = text.partition(",")
        value = float(whole.replace(".", "") + ("." + fraction if fraction else ""))
        drawn = value * self.rng.uniform(0.6, 1.4)
        grouped = "." in whole or drawn >= 1000
        if not fraction:
            drawn = max(1, round(drawn))
            return f"{drawn:,}".replace(",", ".") if grouped else str(drawn)
        out = f"{drawn:,.{len(fraction)}f}" if grouped else f"{drawn:.{len(fraction)}f}"
        # Python writes 1,234.5; Vietnamese 1.234,5.
        return out.replace(",", "\0").replace(".", ",").replace("\0", ".")

    def number(self, match, text):
        token = match.group(0)
        before = text[max(0, match.start() - 8):match.start()].split()
        after = text[match.end():match.end() + 8].split()
        if before and before[-1].lower() in ORDINAL_BEFORE:
            return token
        if after and after[0].strip(",.;:") in DURATION_WORDS and token.isdigit() and int(token) <= 12:
            return token
        if token.isdigit() and len(token) == 4 and is_year(int(token)):
            return self.year(token)
        if token.isdigit() and len(token) <= 2 and int(token) <= 12:
            return token  # small counts (and numbered items) stay
        return self.figure(token)

    def apply(self, text):
        # Dates first, protected from the figure pass by a placeholder.
        kept = []

        def protect(s):
            kept.append(s)
            return f"\x01{len(kept) - 1}\x02"

        def iso(m):
            out = self.year(m.group(1)) + "-" + m.group(2)
            if m.group(3):
                out += "-" + self.day().zfill(2)
            return protect(out)

        def dmy(m):
            d, sep, mo, y = m.group(1), m.group(2), m.group(3), m.group(4)
            if not (1 <= int(d) <= 31 and 1 <= int(mo) <= 12):
                return protect(m.group(0))  # a fraction such as 18/19
            day = self.day().zfill(len(d)) if d.startswith("0") else self.day()
            out = day + sep + mo
            if y:
                out += sep + (self.year(y) if is_year(int(y)) else y)
            return protect(out)

        def month_year(m):
            y = m.group(2)
            return protect(m.group(1) + "/" + (self.year(y) if is_year(int(y)) else y))

        text = CLOCK_TIME.sub(lambda m: protect(m.group(0)), text)
        text = ISO_DATE.sub(iso, text)
        text = MONTH_YEAR.sub(month_year, text)
        text = DAY_MONTH_YEAR.sub(dmy, text)
        text = NUMBER.sub(lambda m: self.number(m, text), text)
        return re.sub(r"\x01(\d+)\x02", lambda m: kept[int(m.group(1))], text)


def one_article(rng, articles):
    base = rng.choice(articles)
    body = [p for p in base[1:] if rng.random() < 0.85]
    if len(articles) > 1 and rng.random() < 0.5:
        other = rng.choice(articles)
        if other is not base and len(other) > 1:
            body.insert(rng.randint(0, len(body)), rng.choice(other[1:]))
    return Redraw(rng).apply("\n\n".join([base[0]] + body)) + "\n"


def generate_articles(n, outdir, seed, dirs):
    rng = random.Random(seed)
    articles = read_articles(dirs)
    os.makedirs(outdir, exist_ok=True)
    seen = set()
    written = 0
    width = max(6, len(str(n)))
    while written < n:
        text = one_article(rng, articles)
        digest = hashlib.sha256(text.encode()).digest()
        if digest in seen:
            continue
        seen.add(digest)
        written += 1
        with open(os.path.join(outdir, f"g{written:0{width}d}.txt"), "w", encoding="utf-8") as f:
            f.write(text)


def generate_sentence(clauses, outfile, seed, dirs):
    rng = random.Random(seed)
    pool = []
    for paragraphs in read_articles(dirs):
        for p in paragraphs[1:]:
            for clause in re.split(r"[,;:]\s+", p.replace("\n", " ")):
                clause = clause.strip()
                # No sentence end inside (only the dots of numbers).
                if 10 <= len(clause.encode()) <= 52 and not re.search(r"[.!?…](?!\d)", clause):
                    pool.append(clause)
    redraw = Redraw(rng)
    parts = ["Ngày 11/7/2023, Huyện ủy Châu Đức tổ chức hội nghị đánh giá tình hình 6 tháng đầu năm"]
    parts += [redraw.apply(rng.choice(pool)) for _ in range(clauses)]
    with open(outfile, "w", encoding="utf-8") as f:
        f.write(", ".join(parts) + ".\n")


def main(argv):
    args, seed = [], 1
    i = 0
    while i < len(argv):
        if argv[i] == "--seed":
            seed = int(argv[i + 1])
            i += 2
        else:
            args.append(argv[i])
            i += 1
    if len(args) < 4 or args[0] not in ("articles", "sentence"):
        sys.exit(__doc__)
    count, out, dirs = int(args[1]), args[2], args[3:]
    if args[0] == "articles":
        generate_articles(count, out, seed, dirs)
    else:
        generate_sentence(count, out, seed, dirs)


if __name__ == "__main__":
    main(sys.argv[1:])
