"""The agreement report's plots: alpha per field, coincidence matrices, annotators against the gold, pairs.

PNG bytes without a software stamp, so the same snapshot gives the same files.
"""

from __future__ import annotations

import io

from sikap.annotation.agreement import FieldAgreement


def fmt(x) -> str:
    return "undefined" if x is None else f"{x:.3f}"


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _finish(fig, title: str) -> bytes:
    fig.suptitle(title, fontsize=9)
    fig.tight_layout()
    return _png(fig)


def _png(fig) -> bytes:
    plt = _pyplot()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


def alpha_plot(round_no: int, fields: list[FieldAgreement]) -> bytes:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7, 0.3 * len(fields) + 1.2))
    names = [f.field for f in fields][::-1]
    values = [f.alpha if f.alpha is not None else 0.0 for f in fields][::-1]
    ax.barh(names, values, color=["#4363d8" if f.alpha is not None else "#cccccc" for f in fields][::-1])
    for y, f in enumerate(fields[::-1]):
        ax.text(max(values[y], 0) + 0.02, y, fmt(f.alpha), va="center", fontsize=7)
    ax.axvline(0.667, color="#999999", lw=0.8, ls="--")
    ax.set_xlim(min(-0.1, min(values) - 0.1), 1.15)
    ax.set_xlabel("Krippendorff's alpha (nominal); dashed: 0.667")
    ax.set_title(f"Round {round_no:02d}: agreement per field", fontsize=10)
    ax.tick_params(axis="y", labelsize=7)
    fig.tight_layout()
    return _png(fig)


def coincidence_plot(title: str, fields: list[FieldAgreement], cols: int) -> bytes:
    plt = _pyplot()
    rows = max(1, -(-len(fields) // cols))
    fig, axes = plt.subplots(rows, cols, figsize=(2.6 * cols, 2.6 * rows), squeeze=False)
    for ax, f in zip(axes.flat, fields):
        ax.imshow(f.coincidence, cmap="Blues", vmin=0)
        ax.set_xticks(range(len(f.labels)), f.labels, fontsize=6, rotation=30, ha="right")
        ax.set_yticks(range(len(f.labels)), f.labels, fontsize=6)
        top = max(map(max, f.coincidence), default=0)
        for i, row in enumerate(f.coincidence):
            for j, x in enumerate(row):
                if x:
                    ax.text(j, i, f"{x:g}", ha="center", va="center", fontsize=6,
                            color="white" if x > top / 2 else "black")
        ax.set_title(f"{f.field}\nalpha {fmt(f.alpha)}", fontsize=7)
    for ax in list(axes.flat)[len(fields):]:
        ax.axis("off")
    return _finish(fig, title)


def annotators_plot(round_no: int, quality: dict) -> bytes:
    plt = _pyplot()
    fig, axes = plt.subplots(1, len(quality), figsize=(3.6 * len(quality), 2.8), squeeze=False)
    for ax, (group, v) in zip(axes.flat, quality.items()):
        names = [a["annotator"] for a in v["annotators"]]
        values = [a["agreement_with_gold"] or 0.0 for a in v["annotators"]]
        ax.barh(names, values, color=["#4363d8" if a["agreement_with_gold"] is not None else "#cccccc"
                                      for a in v["annotators"]])
        for y, a in enumerate(v["annotators"]):
            ax.text(values[y] + 0.02, y, f"{fmt(a['agreement_with_gold'])} (n={a['items_compared']})",
                    va="center", fontsize=6)
        ax.set_xlim(0, 1.35)
        ax.set_title(f"{group}: agreement with gold", fontsize=8)
        ax.tick_params(labelsize=6)
    return _finish(fig, f"Round {round_no:02d}: each annotator against the gold (own vote left out)")


def pairs_plot(round_no: int, quality: dict) -> bytes:
    plt = _pyplot()
    fig, axes = plt.subplots(1, len(quality), figsize=(3.6 * len(quality), 3.2), squeeze=False)
    for ax, (group, v) in zip(axes.flat, quality.items()):
        names = sorted({a["annotator"] for a in v["annotators"]})
        index = {a: i for i, a in enumerate(names)}
        grid = [[float("nan")] * len(names) for _ in names]
        for p in v["pairs"]:
            k = p["cohen_kappa"]
            i, j = index[p["annotator_a"]], index[p["annotator_b"]]
            grid[i][j] = grid[j][i] = float("nan") if k is None else k
            ax.text(j, i, f"{fmt(k)}\nn={p['items']}", ha="center", va="center", fontsize=5)
        ax.imshow(grid, cmap="RdYlGn", vmin=-1, vmax=1)
        ax.set_xticks(range(len(names)), names, fontsize=5, rotation=30, ha="right")
        ax.set_yticks(range(len(names)), names, fontsize=5)
        ax.set_title(f"{group}: Cohen's kappa per pair", fontsize=8)
    return _finish(fig, f"Round {round_no:02d}: pairs of annotators (n = shared items)")
