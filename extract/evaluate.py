"""Score the extractor on an annotated set (eval/*.jsonl): precision, recall and F1 on (metric, value)
pairs, qualifier and as-of accuracy over matched pairs, and the list of misses and false figures.

Gold items whose metric starts with ``x_`` are relevant figures outside the vocabulary: not scored.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from extract.figures import extract_figures
from extract.model import Document


@dataclass
class Mistake:
    text_id: str
    metric: str
    value: int | float
    qualifier: str
    evidence: str


@dataclass
class Evaluation:
    texts: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    qualifier_right: int = 0
    as_of_scored: int = 0
    as_of_right: int = 0
    per_metric: dict[str, Counter] = field(default_factory=dict)
    misses: list[Mistake] = field(default_factory=list)
    false_figures: list[Mistake] = field(default_factory=list)
    qualifier_errors: list[str] = field(default_factory=list)
    as_of_errors: list[str] = field(default_factory=list)
    negatives_with_figures: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def qualifier_accuracy(self) -> float:
        return self.qualifier_right / self.matched if self.matched else 1.0

    @property
    def as_of_accuracy(self) -> float:
        return self.as_of_right / self.as_of_scored if self.as_of_scored else 1.0

    def summary(self) -> str:
        return (
            f"precision {self.precision:.2f} recall {self.recall:.2f} f1 {self.f1:.2f} "
            f"qualifier {self.qualifier_accuracy:.2f} as_of {self.as_of_accuracy:.2f} "
            f"({self.texts} texts, {self.gold} gold, {self.predicted} predicted)"
        )


def _date(raw: str | None) -> date | None:
    return date.fromisoformat(raw) if raw else None


def evaluate_file(path: Path) -> Evaluation:
    """Run the extractor on every text of ``path`` (one JSON object per line) and score it."""
    result = Evaluation()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                _score_text(json.loads(line), result)
    return result


def _counter(result: Evaluation, metric: str) -> Counter:
    return result.per_metric.setdefault(metric, Counter())


def _score_text(item: dict, result: Evaluation) -> None:
    result.texts += 1
    text_id = item.get("id", f"text-{result.texts}")
    published = _date(item.get("published"))
    gold_as_of = _date(item.get("as_of"))
    figures = extract_figures(Document(text=item["text"], published=published), published=published)
    gold = [g for g in item.get("expected", []) if not g["metric"].startswith("x_")]
    gold_pairs: dict[tuple[str, float], list[dict]] = {}
    for g in gold:
        gold_pairs.setdefault((g["metric"], float(g["value"])), []).append(g)
    predicted_pairs: dict[tuple[str, float], list] = {}
    for figure in figures:
        predicted_pairs.setdefault((figure.metric, float(figure.value)), []).append(figure)

    result.gold += len(gold_pairs)
    result.predicted += len(predicted_pairs)
    for key, gold_items in gold_pairs.items():
        metric = key[0]
        _counter(result, metric)["gold"] += 1
        if key not in predicted_pairs:
            g = gold_items[0]
            result.misses.append(Mistake(text_id, metric, g["value"], g["qualifier"], g.get("evidence", "")))
            continue
        _counter(result, metric)["matched"] += 1
        result.matched += 1
        predicted = predicted_pairs[key]
        gold_qualifiers = {g["qualifier"] for g in gold_items}
        if any(f.qualifier in gold_qualifiers for f in predicted):
            result.qualifier_right += 1
        else:
            result.qualifier_errors.append(
                f"{text_id}: {metric}={gold_items[0]['value']} gold {sorted(gold_qualifiers)} "
                f"got {sorted({f.qualifier for f in predicted})}"
            )
        if gold_as_of is not None:
            result.as_of_scored += 1
            if any(f.as_of == gold_as_of for f in predicted):
                result.as_of_right += 1
            else:
                result.as_of_errors.append(
                    f"{text_id}: {metric}={gold_items[0]['value']} gold {gold_as_of} got {predicted[0].as_of}"
                )
    for key, predicted in predicted_pairs.items():
        _counter(result, key[0])["predicted"] += 1
        if key not in gold_pairs:
            f = predicted[0]
            result.false_figures.append(Mistake(text_id, f.metric, f.value, f.qualifier, f.evidence))
    if not item.get("expected") and figures:
        result.negatives_with_figures.append(f"{text_id}: {len(figures)} figure(s)")


def render_report(result: Evaluation) -> str:
    """The human report; its last line is the one-line summary."""
    lines: list[str] = []
    lines.append(f"{'metric':<46} {'gold':>5} {'pred':>5} {'match':>5} {'prec':>5} {'rec':>5}")
    for metric in sorted(result.per_metric):
        c = result.per_metric[metric]
        precision = c["matched"] / c["predicted"] if c["predicted"] else float("nan")
        recall = c["matched"] / c["gold"] if c["gold"] else float("nan")
        lines.append(
            f"{metric:<46} {c['gold']:>5} {c['predicted']:>5} {c['matched']:>5} {precision:>5.2f} {recall:>5.2f}"
        )
    lines.append("")
    lines.append(f"misses ({len(result.misses)}):")
    lines += [
        f"  {m.text_id}: {m.metric}={m.value} ({m.qualifier}) | {_short(m.evidence)}" for m in result.misses
    ]
    lines.append(f"false figures ({len(result.false_figures)}):")
    lines += [
        f"  {m.text_id}: {m.metric}={m.value} ({m.qualifier}) | {_short(m.evidence)}"
        for m in result.false_figures
    ]
    lines.append(f"qualifier errors ({len(result.qualifier_errors)}):")
    lines += [f"  {line}" for line in result.qualifier_errors]
    lines.append(f"as_of errors ({len(result.as_of_errors)}):")
    lines += [f"  {line}" for line in result.as_of_errors]
    lines.append(f"negative texts with figures ({len(result.negatives_with_figures)}):")
    lines += [f"  {line}" for line in result.negatives_with_figures]
    lines.append(result.summary())
    return "\n".join(lines)


def _short(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
