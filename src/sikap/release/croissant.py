"""Croissant 1.1 JSON-LD of a release (releases/<X.Y.Z>/croissant.json), built and validated with mlcroissant.

It describes the release's public files, releases/<X.Y.Z>/public/ (the export anyone may use, written by
`sikap release` and never rewritten), so every contentUrl (relative to the JSON-LD file: `public/data/...`)
stays valid after later releases, in the repository, in a clone and in a materialized release alike.
One FileObject per Parquet file of a declared config (sha256 and size), one RecordSet per config (per shard
when a config has several files), a Field per column (lists as arrays, lists of structs with subFields read by
jsonPath), and every Responsible-AI field (`rai:` context): prose from releases/metadata.yaml, figures (labels
per item, agreement, annotators, machine tools, collection timeframe) computed from the data; a field that
cannot apply says why in its place or, for the date-typed timeframe, in data_collection_missing_data.
Loading records with mlcroissant re-reads the files and checks their sha256.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
from pathlib import Path

from sikap.release.errors import INVALID_METADATA, ReleaseError
from sikap.release.snapshot import KEYS

CONFORMS_TO = "http://mlcommons.org/croissant/1.1"
SPEC_MANIPULATION, MLC_MANIPULATION = "rai:dataManipulationProtocol", "rai:dataDataManipulationProtocol"


def _data_type(arrow_type):
    import mlcroissant as mlc
    import pyarrow as pa

    for test, dtype in ((pa.types.is_boolean, mlc.DataType.BOOL), (pa.types.is_integer, mlc.DataType.INTEGER),
                        (pa.types.is_floating, mlc.DataType.FLOAT), (pa.types.is_date, mlc.DataType.DATE),
                        (pa.types.is_timestamp, mlc.DataType.DATETIME)):
        if test(arrow_type):
            return dtype
    return mlc.DataType.TEXT


def _fields(ctx, rs_id: str, file_id: str, schema, descriptions: dict[str, str]):
    import mlcroissant as mlc
    import pyarrow as pa

    fields = []
    for f in schema:
        fid, src = f"{rs_id}/{f.name}", mlc.Source(file_object=file_id, extract=mlc.Extract(column=f.name))
        common = dict(ctx=ctx, id=fid, name=f.name, description=descriptions.get(f.name))
        if pa.types.is_list(f.type) and pa.types.is_struct(f.type.value_type):
            subs = [mlc.Field(ctx=ctx, id=f"{fid}/{s.name}", name=s.name, data_types=[_data_type(s.type)],
                              source=mlc.Source(file_object=file_id, extract=mlc.Extract(column=f.name),
                                                transforms=[mlc.Transform(json_path=s.name)]))
                    for s in f.type.value_type]
            fields.append(mlc.Field(**common, is_array=True, array_shape="-1", sub_fields=subs))
        elif pa.types.is_list(f.type):
            fields.append(mlc.Field(**common, data_types=[_data_type(f.type.value_type)], is_array=True,
                                    array_shape="-1", source=src))
        else:
            fields.append(mlc.Field(**common, data_types=[_data_type(f.type)], source=src))
    return fields


def _distribution(ctx, folder: Path, base: Path, descriptions: dict):
    import mlcroissant as mlc
    import pyarrow.parquet as pq

    from sikap.card import data_pattern, read_front_matter

    declared = [c["config_name"] for c in read_front_matter(folder / "README.md").get("configs", [])]
    files, record_sets = [], []
    for config in declared:
        paths = sorted(folder.glob(data_pattern(config)))
        for path in paths:
            data = path.read_bytes()
            file_id = path.stem
            files.append(mlc.FileObject(ctx=ctx, id=file_id, name=path.name,
                                        content_url=os.path.relpath(path, base).replace(os.sep, "/"),
                                        encoding_formats=[mlc.EncodingFormat.PARQUET], content_size=f"{len(data)} B",
                                        sha256=hashlib.sha256(data).hexdigest()))
            schema = pq.read_schema(path)
            rs_id = config if len(paths) == 1 else file_id
            key = [f"{rs_id}/{k}" for k in KEYS.get(config, ()) if k in schema.names]
            record_sets.append(mlc.RecordSet(ctx=ctx, id=rs_id, name=rs_id, key=key or None,
                                             description=descriptions.get(config, {}).get("_table"),
                                             fields=_fields(ctx, rs_id, file_id, schema, descriptions.get(config, {}))))
    return files, record_sets


def _descriptions() -> dict:
    from sikap.schema import load

    from sikap.release.export import EXTRA_DESCRIPTIONS

    out = {name: {"_table": t.description, **{c.name: c.description for c in t.columns}}
           for name, t in load().tables.items()}
    out.setdefault("articles", {}).update(EXTRA_DESCRIPTIONS)
    return out


def _timeframe(articles: list[dict]) -> list[dt.datetime] | None:
    """First and last recorded retrieval dates (None when no page has one)."""
    days = sorted(a["retrieved"] for a in articles if a.get("retrieved") is not None)
    return [dt.datetime.combine(days[0], dt.time()), dt.datetime.combine(days[-1], dt.time())] if days else None


def rai_facts(articles: list[dict], folder: Path, rai: dict) -> dict:
    """The computed RAI values, with the reason when one cannot apply."""
    from sikap.release.metadata import annotation_facts

    facts = annotation_facts(articles, folder)
    timeframe = _timeframe(articles)
    missing = " ".join(str(rai.get("data_collection_missing_data", "")).split())
    if timeframe is None:
        missing += (" rai:dataCollectionTimeframe is left out: no page records when it was retrieved, and "
                    "publication dates are not collection dates.")
    return {**facts, "timeframe": timeframe, "missing": missing.strip() or None}


def build_croissant(root: Path, version: str, date: str, meta: dict, folder: Path | None = None) -> dict:
    """The Croissant of release `version`, describing `folder` (default releases/<version>/public)."""
    import mlcroissant as mlc

    from sikap.release.citation import bibtex
    from sikap.release.figures import rows
    from sikap.release.manifest import public_dir, release_dir

    ctx = mlc.Context(conforms_to=CONFORMS_TO)
    folder = folder or public_dir(root, version)
    files, record_sets = _distribution(ctx, folder, release_dir(root, version), _descriptions())
    articles = rows("articles", folder, ["label_provenance", "mentions_model_version", "provenance", "retrieved"])
    rai = meta["rai"]
    facts = rai_facts(articles, folder, rai)
    metadata = mlc.Metadata(
        ctx=ctx, name=meta["name"], description=" ".join(meta["abstract"].split()), version=version,
        date_published=dt.datetime.fromisoformat(date), license=[" ".join(meta["licence"].split())],
        cite_as=bibtex(meta, version, date), keywords=list(meta["keywords"]), in_language=list(meta.get("language", [])),
        creators=[mlc.Organization(ctx=ctx, name=a["name"]) if "given-names" not in a else
                  mlc.Person(ctx=ctx, name=f"{a['given-names']} {a.get('family-names', '')}".strip())
                  for a in meta["authors"]],
        distribution=files, record_sets=record_sets,
        data_collection=rai["data_collection"], data_collection_type=rai.get("data_collection_type"),
        data_collection_raw_data=rai.get("data_collection_raw_data"),
        data_collection_missing_data=facts["missing"], data_collection_timeframe=facts["timeframe"],
        data_preprocessing_protocol=rai.get("data_preprocessing_protocol"),
        data_imputation_protocol=" ".join(str(rai["data_imputation_protocol"]).split()),
        data_manipulation_protocol=" ".join(str(rai["data_manipulation_protocol"]).split()),
        data_annotation_protocol=rai["data_annotation_protocol"], data_annotation_platform=rai["data_annotation_platform"],
        data_annotation_analysis=[facts["agreement"]], annotations_per_item=facts["annotations_per_item"],
        annotator_demographics=facts["annotators"] + _items(rai.get("annotator_demographics")),
        machine_annotation_tools=facts["tools"], data_biases=rai["data_biases"], data_limitations=rai["data_limitations"],
        data_use_cases=rai.get("data_use_cases"), personal_sensitive_information=rai["personal_sensitive_information"],
        data_social_impact=rai.get("data_social_impact"), data_release_maintenance_plan=rai.get("data_release_maintenance_plan"),
    )
    if metadata.issues.errors:
        raise ReleaseError(INVALID_METADATA, "Croissant: " + "; ".join(sorted(metadata.issues.errors)))
    out = metadata.to_json()
    # mlcroissant 1.1.1 writes this field as rai:dataDataManipulationProtocol; the RAI vocabulary names it
    # rai:dataManipulationProtocol. Keep both: spec readers find theirs, mlcroissant reads its own back.
    if SPEC_MANIPULATION not in out and MLC_MANIPULATION in out:
        out[SPEC_MANIPULATION] = out[MLC_MANIPULATION]
    return out


def _items(value) -> list[str]:
    return [" ".join(str(v).split()) for v in (value if isinstance(value, list) else [value] if value else [])]


def dumps(jsonld: dict) -> bytes:
    return (json.dumps(jsonld, indent=2, ensure_ascii=False, default=str) + "\n").encode("utf-8")


def validate_croissant(path: Path) -> list[str]:
    """Load the file with mlcroissant (errors raise invalid_metadata); return its warnings."""
    import mlcroissant as mlc

    logging.getLogger("absl").setLevel(logging.ERROR)
    try:
        dataset = mlc.Dataset(jsonld=str(path))
    except mlc.ValidationError as err:
        raise ReleaseError(INVALID_METADATA, f"{path.name}: {err}") from None
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("conformsTo") != CONFORMS_TO or "rai" not in data.get("@context", {}):
        raise ReleaseError(INVALID_METADATA, f"{path.name}: conformsTo {data.get('conformsTo')!r} or no rai context")
    return sorted(dataset.metadata.issues.warnings)
