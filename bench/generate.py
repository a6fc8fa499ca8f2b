#!/usr/bin/env python3
"""Generate a large, deterministic kapstok trajectory for benchmarks.

usage: bench/generate.py N OUTDIR

N actions (front matter with indicator, 3+ progress points, follow-ups, and 2-4
paragraphs of Markdown with a list, a table and links), 2N inventory items over
several files, N/2 claims (most backed, some not), N/10 quotes, 8 members and 5
sessions. Error rules are downgraded in its site.yaml, so both sites build.
The same N always gives the same bytes.
"""
import os
import random
import sys

DEPARTMENTS = ["Milieudienst", "Secretariaat", "Financiën", "Personeelsdienst", "Technische dienst", "Welzijn", "Communicatie", "Cultuur"]
TOPICS = ["governance", "society", "fair-business", "employer", "human-rights", "environment"]
STATUSES = ["planned", "in-progress", "in-progress", "done", "dropped"]
WORDS = ("gemeente dienst energie verbruik fiets school straat water afval groen plein inwoners "
         "aankoop criteria meting doel plan overleg raad college budget werking project buurt").split()


def sentence(rng, n=12):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    rng = random.Random(n)
    content = os.path.join(out, "content")
    for sub in ["actions", "inventory", "claims", "evaluation", "pages"]:
        os.makedirs(os.path.join(content, sub), exist_ok=True)

    def write(rel, text):
        with open(os.path.join(content, rel), "w", encoding="utf-8") as f:
            f.write(text)

    write("site.yaml", f"""organisation: Gemeente Groothaven
language: nl
trajectory:
  title: MVO-traject Groothaven
  start: 2024-01-15
  end: 2026-12-20
sites:
  intranet: {{ title: "MVO (intern)", base_url: "https://intranet.groothaven.be/mvo/" }}
  public: {{ title: "Duurzaam Groothaven", base_url: "https://www.groothaven.be/duurzaamheid/" }}
departments: [{", ".join(DEPARTMENTS)}]
checks:
  today: 2025-06-01
  rules:
    claim-without-action: warning
    claim-dropped-action: warning
    claim-result-not-done: warning
    claim-future-without-plan: warning
    claim-overdue: warning
    claim-evidence-not-public: warning
    claim-neutrality: warning
    claim-number-unsupported: warning
    action-without-owner: warning
    raw-html-removed: warning
""")
    members = []
    lines = ["mandate:\n  body: College van burgemeester en schepenen\n  date: 2024-01-08\nmembers:\n"]
    first = ["Els", "Jan", "An", "Pieter", "Sofie", "Koen", "Lien", "Tom"]
    last = ["Peeters", "Claes", "Wouters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems"]
    for i in range(8):
        mid = first[i].lower()
        members.append(mid)
        lines.append(f"  - id: {mid}\n    name: {first[i]} {last[i]}\n    department: {DEPARTMENTS[i]}\n"
                     f"    kind: {'elected' if i % 4 == 3 else 'staff'}\n    lead: {'true' if i == 0 else 'false'}\n")
    write("team.yaml", "".join(lines))
    write("sessions.yaml", "".join(
        f"- number: {i}\n  date: 2024-0{i + 1}-10\n  title: Sessie {i}\n  status: done\n  summary: |\n    {sentence(rng)}\n"
        for i in range(1, 6)))

    inv_ids = []
    public_inv = []
    per_file = max(1, (2 * n) // 20)
    for f in range(20):
        items = []
        for j in range(per_file):
            iid = f"inv-{f}-{j}"
            inv_ids.append(iid)
            visibility = rng.choice(['public', 'internal'])
            if visibility == 'public':
                public_inv.append(iid)
            items.append(f"- id: {iid}\n  title: {sentence(rng, 6)}\n  kind: {rng.choice(['goal', 'action'])}\n"
                         f"  source: {rng.choice(['multiyear-plan', 'policy-statement', 'department-plan', 'website'])}\n"
                         f"  department: {rng.choice(DEPARTMENTS)}\n  sdgs: [{rng.randint(1, 17)}, {rng.randint(1, 17)}]\n"
                         f"  topics: [{rng.choice(TOPICS)}]\n  visibility: {visibility}\n")
        write(f"inventory/deel-{f:02}.yaml", "".join(items))

    action_ids = []
    for i in range(n):
        aid = f"actie-{i:06}"
        action_ids.append(aid)
        status = rng.choice(STATUSES)
        visibility = rng.choice(['public', 'public', 'internal'])
        # Public text may only link public items (public-link-to-internal).
        linkable = public_inv if visibility == 'public' else inv_ids
        base = rng.randint(100, 10000)
        target = int(base * rng.choice([0.5, 0.6, 0.8, 1.2, 1.5]))
        progress = "".join(
            f"  - {{ date: 2024-{m:02}-28, value: {int(base + (target - base) * k / 4)} }}\n"
            for k, m in enumerate([3, 6, 9, 12][: rng.randint(3, 4)], start=1))
        body = "\n\n".join([
            "## Wat we doen\n\n" + sentence(rng, 30),
            "- " + sentence(rng) + "\n- " + sentence(rng) + "\n- zie [het plan](@inventory/" + rng.choice(linkable) + ")",
            "| Jaar | Waarde |\n| --- | --- |\n| 2024 | " + str(base) + " |\n| 2026 | " + str(target) + " |",
            sentence(rng, 25),
        ][: rng.randint(2, 4)])
        write(f"actions/{aid}.md", f"""---
title: {sentence(rng, 5)}
owners: [{rng.choice(members)}, {rng.choice(members)}]
department: {rng.choice(DEPARTMENTS)}
status: {status}
start: 2024-02-01
due: 2026-{rng.randint(1, 12):02}-28
sdgs: [{rng.randint(1, 17)}]
topics: [{rng.choice(TOPICS)}]
visibility: {visibility}
builds_on: [{rng.choice(inv_ids)}]
indicator:
  name: Meting {i}
  unit: eenheden
  baseline: {base}
  target: {target}
progress:
{progress}follow_up:
  - {{ date: 2025-{rng.randint(7, 12):02}-15, with: kopgroep }}
internal_note: {sentence(rng, 8)}
---
{body}
""")

    per_claims = max(1, (n // 2) // 10)
    k = 0
    for f in range(10):
        items = []
        for j in range(per_claims):
            backed = rng.random() < 0.9
            acts = f"[{rng.choice(action_ids)}]" if backed else "[]"
            items.append(f"- id: claim-{k}\n  text: {sentence(rng, 10)}\n  kind: {rng.choice(['commitment', 'result'])}\n"
                         f"  actions: {acts}\n  channels: [website]\n  visibility: public\n")
            k += 1
        write(f"claims/deel-{f:02}.yaml", "".join(items))

    quotes = "".join(
        f"  - question: q{i % 5}\n    text: {sentence(rng, 14)}\n    by: {rng.choice(members)}\n    visibility: {rng.choice(['public', 'internal'])}\n"
        for i in range(max(1, n // 10)))
    questions = "".join(f"  - id: q{i}\n    text: Vraag {i}?\n" for i in range(5))
    write("evaluation/evaluatie.yaml", f"questions:\n{questions}quotes:\n{quotes}")
    write("pages/index.md", "---\ntitle: Groothaven duurzaam\naudience: both\n---\nWelkom.\n")


if __name__ == "__main__":
    main()
