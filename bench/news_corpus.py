#!/usr/bin/env python3
"""News-like sources for the end-to-end benchmark (bench/e2e_bench.py).

Writes, deterministically from a seed, a case the way a large real one
looks: JSONL batches (one source a line) and Markdown files with TOML front
matter, from fifty outlets, over thirty days. Two scenarios:

  news   several stories at once (fighting in the east, floods, an
         earthquake, a depot explosion, a ferry disaster, a cyclone), each
         with its own voices (ministries, the Red Crescent, OCHA...) that
         give a figure a day; tolls grow by day. Each source states 5 to 20
         figures, mostly about one story, sometimes with a brief on another,
         in the sentence shapes of wire copy ("The death toll from the
         floods rose to 1,204, the health ministry said on Tuesday", "at
         least 300 injured"), hedged as reporters hedge ("about", "more
         than"), with filler that holds numbers which are not claims (clock
         times, distances, a hotline). About 3% of figures are wrong: an
         extra zero, a missing zero, two digits swapped, or a stale figure
         (one several days old, said as today's). The stories are told
         apart by events in `news_corpus_rules.toml` (pass it with
         `check --rules`), as a fact-checker's case rules would; the
         earthquake and the explosion are events of the shipped rules.
  towns  issue 14's 10^4 case: JSONL only, fifty outlets, tolls (deaths
         and injuries) that grow by day for ten towns that no rule tells
         apart, 4 figures a source (two towns each), no planted errors: the
         tool sees one story whose figures disagree a lot, the worst case a
         large real case can reach. Use the shipped rules only.

Output folder:
  sources/        what `crosscheck ingest` reads: sources/batch-NNNN.jsonl
                  (1,000 sources each) and, for `news`, sources/md/OUTLET/ID.md
                  (one source in ten)
  rows.csv        the same sources as rows (url, outlet, title, language,
                  published, body), for the sqlite3 shell's `.import` floor
  text.txt        every line of every body, for the `crosscheck numbers` floor
  manifest.json   scenario, seed, counts: sources, figures written, planted
                  errors by kind, bytes

usage: news_corpus.py [--scenario news|towns] [--sources N] [--seed S] OUT_DIR
"""

import argparse
import csv
import datetime as dt
import json
import math
import os
import random
import sys

DAY = 86400
START = dt.datetime(2024, 3, 1, tzinfo=dt.timezone.utc)  # a Friday
SPAN_DAYS = 30
BATCH = 1000
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

OUTLETS = [
    f"{a} {b}"
    for a in ["Atlas", "Northern", "Meridian", "Caspian", "Harbor", "Capital", "Frontier",
              "Evening", "Morning", "Civic"]
    for b in ["Press Agency", "Ledger", "News", "Wire", "Times"]
]

PLACES = ["Varosh", "Kellin", "Dorvik", "Santa Ira", "Malbec", "Ostrel", "Penhall", "Vireo",
          "Adrana", "Lusk"]

# A figure a source states: what the generator decided, in numbers.
# metric: key of METRICS; truth(t) the real figure at time t (seconds).


def cumulative(final, tau_days, start_day):
    """A running total: the first count is 5% of the last."""
    def truth(t):
        days = t / DAY - start_day
        if days <= 0:
            return 0.0
        return final * (0.05 + 0.95 * (1.0 - math.exp(-days / tau_days)))
    return truth


def receding(peak, tau_days, start_day):
    """Missing people: high early, falling as people are found."""
    def truth(t):
        days = max(0.0, t / DAY - start_day)
        return peak * (0.25 + 0.75 * math.exp(-days / tau_days))
    return truth


# Sentence shapes per metric. {N} is the figure with its hedge ("about
# 1,200"; {N_c} capitalised), {X} the figure exact (the sentence hedges it
# itself: "at least {X}"), {V} the voice ("the health ministry"), {Vc} the
# same capitalised, {D} the day phrase ("on Tuesday"), {E} the story ("the
# floods"), {Ec} capitalised, {P} a place.
TEMPLATES = {
    "deaths": [
        "The death toll from {E} rose to {N}, {V} said {D}.",
        "{Vc} said {D} that {N} people had been killed in {E}.",
        "At least {X} people have died in {E}, according to {V}.",
        "{Ec} killed {N} people in and around {P}, {V} said {D}.",
        "{Vc} put the death toll from {E} at {N} {D}.",
    ],
    "injuries": [
        "More than {X} people were injured in {E}, {V} said {D}.",
        "{Vc} said {D} that {N} people had been hurt in {E}.",
        "At least {X} injured in {E} were taken to hospitals in {P}, {V} said {D}.",
    ],
    "missing": [
        "{N_c} people are still missing after {E}, {V} said {D}.",
        "{Vc} said {D} that {N} people remained unaccounted for after {E}.",
    ],
    "displaced": [
        "{Ec} displaced {N} people around {P}, according to {V}.",
        "Some {X} people have been forced from their homes by {E}, {V} said {D}.",
    ],
    "aid": [
        "{Vc} said {D} that {N} tonnes of relief supplies had reached areas hit by {E}.",
    ],
    "food_aid": [
        "{N_c} tonnes of food aid have been delivered to survivors of {E}, {V} said {D}.",
    ],
    "refugees": [
        "{N_c} refugees have crossed the border since {E} began, {V} said {D}.",
        "{Vc} said {D} that {N} people had fled to neighbouring countries because of {E}.",
    ],
    "weapons_surrendered": [
        "Fighters have handed over {N} weapons since {E} ended in the north, {V} said {D}.",
    ],
}

# Two figures in one sentence, the commonest shape of a toll.
PAIR_TEMPLATES = [
    "At least {N1} people were killed and {N2} injured in {E}, {V} said {D}.",
    "{Ec} killed {N1} people and injured {N2}, {V} said {D}.",
]

FILLER = [
    "Rescue teams worked through the night in {P}, where roads were cut.",
    "Officials warned that a full count could take weeks.",
    "The road between {P} and {P2} reopened at 6 a.m. on {W}.",
    "A hotline, 0800 555 0199, has been set up for relatives.",
    "{P} lies some 250 km east of the capital.",
    "Aid groups said access to {P} remained difficult.",
    "Schools in {P} will stay closed until further notice.",
]

# The stories of the `news` scenario: when each starts, how it is named,
# who gives figures, and what each metric reaches.
STORIES = [
    {
        "name": "fighting", "start": 0.0, "weight": 3.0,
        "phrases": ["the fighting in the east", "the offensive"],
        "voices": ["the interior ministry", "UNHCR", "local officials", "the defence ministry"],
        "metrics": {
            "deaths": cumulative(2400, 12, 0), "injuries": cumulative(6100, 12, 0),
            "refugees": cumulative(140000, 9, 0), "displaced": cumulative(310000, 10, 0),
            "weapons_surrendered": cumulative(3200, 8, 6),
        },
    },
    {
        "name": "floods", "start": 2.0, "weight": 3.0,
        "phrases": ["the floods", "the flooding in the north"],
        "voices": ["the health ministry", "the Red Crescent", "the national disaster agency",
                   "OCHA"],
        "metrics": {
            "deaths": cumulative(4100, 6, 2), "injuries": cumulative(9000, 5, 2),
            "missing": receding(10000, 6, 2), "displaced": cumulative(43000, 5, 2),
            "aid": cumulative(5200, 10, 3),
        },
    },
    {
        "name": "earthquake", "start": 9.0, "weight": 2.0,
        "phrases": ["the earthquake", "the quake"],
        "voices": ["the civil defence service", "the health ministry", "the provincial governor"],
        "metrics": {
            "deaths": cumulative(1300, 4, 9), "injuries": cumulative(5400, 3, 9),
            "missing": receding(800, 4, 9), "displaced": cumulative(62000, 4, 9),
            "food_aid": cumulative(900, 6, 10),
        },
    },
    {
        "name": "explosion", "start": 15.0, "weight": 1.0,
        "phrases": ["the depot explosion", "the blast at the fuel depot"],
        "voices": ["police", "the health ministry"],
        "metrics": {"deaths": cumulative(68, 1.5, 15), "injuries": cumulative(290, 1, 15)},
    },
    {
        "name": "ferry", "start": 19.0, "weight": 1.0,
        "phrases": ["the ferry disaster", "the capsized ferry"],
        "voices": ["the coast guard", "the transport ministry"],
        "metrics": {"deaths": cumulative(212, 2, 19), "missing": receding(180, 2, 19)},
    },
    {
        "name": "cyclone", "start": 22.0, "weight": 2.0,
        "phrases": ["the cyclone", "Cyclone Mara"],
        "voices": ["the national disaster agency", "OCHA", "the Red Crescent"],
        "metrics": {
            "deaths": cumulative(640, 3, 22), "displaced": cumulative(230000, 3, 22),
            "food_aid": cumulative(1500, 5, 23),
        },
    },
]

ERROR_RATE = 0.03
ERROR_KINDS = [("extra_zero", 0.35), ("missing_zero", 0.15), ("stale", 0.35), ("digit_swap", 0.15)]

TOWNS = ["Ardmore", "Belcaro", "Corvale", "Dunmere", "Estrela", "Fenwick", "Galdos", "Harlow",
         "Istvan", "Jarrow"]
TOWN_DEATHS = [12, 40, 85, 150, 260, 420, 700, 1100, 1800, 3000]


def with_commas(value):
    return f"{int(round(value)):,}"


SMALL_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
               "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
               "seventeen", "eighteen", "nineteen"]


def round_sig(value, digits):
    if value <= 0:
        return value
    magnitude = 10 ** (math.floor(math.log10(value)) - digits + 1)
    return round(value / magnitude) * magnitude


def floor_sig(value, digits):
    magnitude = 10 ** max(0, math.floor(math.log10(value)) - digits + 1)
    return math.floor(value / magnitude) * magnitude


def capitalise(text):
    return text[:1].upper() + text[1:]


def iso(t):
    return (START + dt.timedelta(seconds=t)).strftime("%Y-%m-%dT%H:%M:%SZ")


def weekday(t):
    return WEEKDAYS[(START + dt.timedelta(seconds=t)).weekday()]


def slug(text):
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")


class Corpus:
    """Writes sources and the floor inputs as they are generated."""

    def __init__(self, out_dir, md_share):
        self.out_dir = out_dir
        self.sources_dir = os.path.join(out_dir, "sources")
        os.makedirs(self.sources_dir, exist_ok=True)
        self.md_share = md_share
        self.count = 0
        self.jsonl = None
        self.rows_file = open(os.path.join(out_dir, "rows.csv"), "w", newline="", encoding="utf-8")
        self.rows = csv.writer(self.rows_file)
        self.rows.writerow(["url", "outlet", "title", "language", "published", "body"])
        self.text = open(os.path.join(out_dir, "text.txt"), "w", encoding="utf-8")
        self.bytes = 0

    def add(self, rng, source):
        if self.md_share > 0 and rng.random() < self.md_share:
            folder = os.path.join(self.sources_dir, "md", slug(source["outlet"]))
            os.makedirs(folder, exist_ok=True)
            text = ("+++\n"
                    f"outlet = {json.dumps(source['outlet'])}\n"
                    f"url = {json.dumps(source['url'])}\n"
                    f"published = {source['published']}\n"
                    f"title = {json.dumps(source['title'])}\n"
                    f"language = \"en\"\n"
                    "+++\n\n" + source["body"] + "\n")
            with open(os.path.join(folder, f"{self.count:06d}.md"), "w", encoding="utf-8") as f:
                f.write(text)
            self.bytes += len(text.encode())
        else:
            if self.jsonl is None or self.jsonl_lines == BATCH:
                if self.jsonl is not None:
                    self.jsonl.close()
                name = f"batch-{self.count // BATCH:04d}.jsonl"
                self.jsonl = open(os.path.join(self.sources_dir, name), "a", encoding="utf-8")
                self.jsonl_lines = 0
            line = json.dumps({"outlet": source["outlet"], "url": source["url"],
                               "published": source["published"], "title": source["title"],
                               "language": "en", "body": source["body"]},
                              ensure_ascii=False) + "\n"
            self.jsonl.write(line)
            self.jsonl_lines += 1
            self.bytes += len(line.encode())
        self.rows.writerow([source["url"], source["outlet"], source["title"], "en",
                            source["published"], source["body"]])
        for line in source["body"].split("\n"):
            if line:
                self.text.write(line + "\n")
        self.count += 1

    def close(self):
        if self.jsonl is not None:
            self.jsonl.close()
        self.rows_file.close()
        self.text.close()


def hedge(rng, value):
    """The figure as a reporter writes it: exact mostly, else hedged."""
    r = rng.random()
    if value < 20 and r < 0.3:
        return SMALL_WORDS[int(value)], "exact"
    if r < 0.70 or value < 100:
        return with_commas(value), "exact"
    if r < 0.82:
        return "about " + with_commas(round_sig(value, 2)), "about"
    if r < 0.92:
        return "more than " + with_commas(floor_sig(value, 2)), "more_than"
    return "nearly " + with_commas(math.ceil(value / 100) * 100), "nearly"


def corrupt(rng, value, stale_value, counts):
    """A wrong figure now and then; returns the value to print."""
    if rng.random() >= ERROR_RATE:
        return value
    r = rng.random()
    for kind, share in ERROR_KINDS:
        if r < share:
            break
        r -= share
    if kind == "extra_zero":
        wrong = value * 10
    elif kind == "missing_zero":
        wrong = max(1, round(value / 10))
    elif kind == "stale":
        wrong = stale_value
    else:
        digits = list(str(int(value)))
        if len(digits) < 2:
            return value
        i = rng.randrange(len(digits) - 1)
        if digits[i] == digits[i + 1] or (i == 0 and digits[1] == "0"):
            return value
        digits[i], digits[i + 1] = digits[i + 1], digits[i]
        wrong = int("".join(digits))
    if wrong == value or wrong < 1:
        return value
    counts[kind] = counts.get(kind, 0) + 1
    return wrong


def statement(story, voice_index, metric, t):
    """The voice's latest daily figure before `t`: (value, time)."""
    hour = 8 + 3 * voice_index  # each voice speaks at its own hour
    day = math.floor((t - hour * 3600) / DAY)
    said = day * DAY + hour * 3600
    bias = 1.0 + 0.02 * ((voice_index * 7) % 5 - 2) / 2  # voices count a little differently
    return max(1.0, round(story["metrics"][metric](said) * bias)), said


def day_phrase(said, published):
    return "on " + weekday(said) if said < published else "on " + weekday(published)


def news_sentences(rng, story, t, wanted, counts):
    """Sentences about `story` at time `t` with about `wanted` figures."""
    out = []
    figures = 0
    metrics = list(story["metrics"])
    # Each (metric, voice) once while there are fresh ones: one voice's
    # figure stated twice in an article is not how articles read.
    fresh = [(m, v) for m in metrics for v in range(len(story["voices"]))]
    rng.shuffle(fresh)
    while figures < wanted:
        phrase = rng.choice(story["phrases"])
        if fresh:
            metric, v = fresh.pop()
        else:
            metric, v = rng.choice(metrics), rng.randrange(len(story["voices"]))
        voice = story["voices"][v]
        place = rng.choice(PLACES)
        fields = {"E": phrase, "Ec": capitalise(phrase), "V": voice, "Vc": capitalise(voice),
                  "P": place}
        if (wanted - figures >= 2 and metric in ("deaths", "injuries") and
                "injuries" in story["metrics"] and rng.random() < 0.4):
            deaths, said = statement(story, v, "deaths", t)
            injured, _ = statement(story, v, "injuries", t)
            stale_deaths, _ = statement(story, v, "deaths", t - rng.randint(3, 6) * DAY)
            deaths = corrupt(rng, deaths, stale_deaths, counts)
            fields["N1"] = with_commas(deaths)
            fields["N2"] = with_commas(injured)
            fields["D"] = day_phrase(said, t)
            out.append(rng.choice(PAIR_TEMPLATES).format(**fields))
            figures += 2
            continue
        value, said = statement(story, v, metric, t)
        stale, _ = statement(story, v, metric, t - rng.randint(3, 6) * DAY)
        value = corrupt(rng, value, stale, counts)
        text, _ = hedge(rng, value)
        fields["N"] = text
        fields["N_c"] = capitalise(text)
        fields["X"] = with_commas(value)
        fields["D"] = day_phrase(said, t)
        out.append(rng.choice(TEMPLATES[metric]).format(**fields))
        figures += 1
    return out, figures


def filler(rng, t):
    place, other = rng.sample(PLACES, 2)
    return rng.choice(FILLER).format(P=place, P2=other, W=weekday(t))


def paragraphs(rng, sentences):
    out = []
    i = 0
    while i < len(sentences):
        take = rng.randint(1, 3)
        out.append(" ".join(sentences[i:i + take]))
        i += take
    return out


def news_source(rng, i, counts):
    t = rng.randrange(0, SPAN_DAYS * DAY)
    active = [s for s in STORIES if s["start"] * DAY < t]
    weights = [s["weight"] * (1.0 if t / DAY - s["start"] < 7 else 0.4) for s in active]
    story = rng.choices(active, weights)[0]
    wanted = rng.randint(5, 20)
    brief = None
    if len(active) > 1 and wanted >= 8 and rng.random() < 0.4:
        brief = rng.choice([s for s in active if s is not story])
    main_figures = wanted - (rng.randint(1, 3) if brief else 0)
    sentences, figures = news_sentences(rng, story, t, main_figures, counts)
    for _ in range(rng.randint(1, 3)):
        sentences.insert(rng.randrange(1, len(sentences) + 1), filler(rng, t))
    body = paragraphs(rng, sentences)
    if brief:
        extra, n = news_sentences(rng, brief, t, wanted - figures, counts)
        body.append(" ".join(extra))
        figures += n
    outlet = OUTLETS[rng.randrange(len(OUTLETS))]
    title = f"{capitalise(story['phrases'][0])}: latest figures ({weekday(t)})"
    return {
        "outlet": outlet,
        "url": f"https://{slug(outlet)}.example/{iso(t)[:10].replace('-', '/')}/"
               f"{story['name']}-{i}",
        "published": iso(t),
        "title": title,
        "body": "\n\n".join(body),
    }, figures


def town_toll(town, metric, t):
    final = TOWN_DEATHS[town] * (2.5 if metric == "injuries" else 1.0)
    days = t / DAY
    return max(1, round(final * (1.0 - math.exp(-days / 4.0))))


def towns_source(rng, i):
    t = rng.randrange(DAY // 2, 14 * DAY)
    a, b = rng.sample(range(len(TOWNS)), 2)
    day = weekday(t)
    d1, i1 = town_toll(a, "deaths", t), town_toll(a, "injuries", t)
    d2, i2 = town_toll(b, "deaths", t), town_toll(b, "injuries", t)
    body = (f"The death toll in {TOWNS[a]} rose to {with_commas(d1)} on {day}, local officials "
            f"said, and {with_commas(i1)} people were injured.\n\n"
            f"In {TOWNS[b]}, {with_commas(d2)} people have died and at least {with_commas(i2)} "
            f"were hurt, the regional health office said. Rescue work continued on {day}.")
    outlet = OUTLETS[rng.randrange(len(OUTLETS))]
    return {
        "outlet": outlet,
        "url": f"https://{slug(outlet)}.example/{iso(t)[:10].replace('-', '/')}/toll-{i}",
        "published": iso(t),
        "title": f"Toll rises in {TOWNS[a]} and {TOWNS[b]}",
        "body": body,
    }, 4


def generate(scenario, n, seed, out_dir):
    """Writes the case into `out_dir`; returns the manifest."""
    rng = random.Random(f"{scenario}:{seed}:{n}")
    corpus = Corpus(out_dir, md_share=0.1 if scenario == "news" else 0.0)
    counts = {}
    figures = 0
    for i in range(n):
        if scenario == "news":
            source, k = news_source(rng, i, counts)
        else:
            source, k = towns_source(rng, i)
        corpus.add(rng, source)
        figures += k
    corpus.close()
    manifest = {"scenario": scenario, "seed": seed, "sources": n, "figures": figures,
                "planted_errors": counts, "source_bytes": corpus.bytes,
                "rules": "news_corpus_rules.toml" if scenario == "news" else None}
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
    return manifest


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scenario", choices=["news", "towns"], default="news")
    parser.add_argument("--sources", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("out_dir")
    args = parser.parse_args()
    if os.path.exists(args.out_dir) and os.listdir(args.out_dir):
        sys.exit(f"news_corpus.py: {args.out_dir} is not empty")
    print(json.dumps(generate(args.scenario, args.sources, args.seed, args.out_dir)))


if __name__ == "__main__":
    main()
