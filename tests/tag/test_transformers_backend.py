"""The optional transformers backend, with a tiny BERT the test builds itself (no download)."""

from __future__ import annotations

import time

import pytest
import spacy

from araseclit.errors import ConfigError
from araseclit.tag.transformers_backend import chunks, map_label

LABELS = ["O", "B-ACTOR", "I-ACTOR", "B-THREAT", "I-THREAT"]
WORDS = ["داعش", "هاجم", "الحشد", "الشعبي", "في", "الموصل", "الإرهاب", "يهدد", "العراق"]


@pytest.mark.parametrize(
    ("model_label", "expected"),
    [
        ("B-ACTOR", "ACTOR"),
        ("I-THREAT", "THREAT"),
        ("B-ORG", "ACTOR"),
        ("GPE", "ACTOR"),
        ("i-ngo_role", "NGO_ROLE"),
        ("B-CONCEPT", "SECURITY_CONCEPT"),
        ("O", None),
        ("B-PER", None),
        ("LABEL_3", None),
    ],
)
def test_map_label(model_label: str, expected: str | None) -> None:
    assert map_label(model_label) == expected


@pytest.mark.parametrize("size", [7, 20, 1000])
def test_chunks_cover_text_in_order(size: int) -> None:
    text = "يؤثر الفساد في الأمن الوطني العراقي تأثيراً بالغاً " * 5
    pieces = chunks(text, size)
    assert "".join(p for _, p in pieces) == text
    assert all(text[o : o + len(p)] == p for o, p in pieces)


@pytest.mark.parametrize("path", [None, "/nonexistent/model", "."])
def test_missing_model_is_e061(path: str | None) -> None:
    nlp = spacy.blank("ar")
    with pytest.raises(ConfigError) as err:
        nlp.add_pipe("araseclit_tag_v1", config={"backend": "transformers", "model_path": path})
    assert err.value.code == "E061"


def _tiny_model(tmp_path, favour: int):
    """A 2-layer, hidden-32 BERT whose classifier always prefers label ``favour``."""
    import torch
    from transformers import BertConfig, BertForTokenClassification, BertTokenizerFast

    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", ".", "،", *WORDS]
    (tmp_path / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tokenizer = BertTokenizerFast(vocab_file=str(tmp_path / "vocab.txt"), do_lower_case=False)
    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    torch.manual_seed(0)
    model = BertForTokenClassification(config)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.fill_(-5.0)
        model.classifier.bias[favour] = 5.0
    model.save_pretrained(tmp_path)
    tokenizer.save_pretrained(tmp_path)
    return tmp_path


@pytest.mark.slow  # importing transformers and torch takes ~10-30 s on this machine
@pytest.mark.parametrize(
    ("favour", "expected_label"), [(LABELS.index("B-ACTOR"), "ACTOR"), (0, None)]
)
def test_tiny_model_backend(tmp_path, favour: int, expected_label: str | None) -> None:
    started = time.perf_counter()
    path = _tiny_model(tmp_path, favour)
    nlp = spacy.blank("ar")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("araseclit_tag_v1", config={"backend": "transformers", "model_path": str(path)})
    doc = nlp("داعش هاجم الموصل.")
    mentions = doc._.mentions
    if expected_label is None:
        assert mentions == []
    else:
        # every word is B-ACTOR: one mention per word, linked to the lexicon when it knows it
        assert [m["text"] for m in mentions] == ["داعش", "هاجم", "الموصل"]
        assert {m["label"] for m in mentions} == {"ACTOR"}
        assert mentions[0]["entity_id"] == "actor.arm.isis"
        assert mentions[0]["category"] == "armed_group"
        assert mentions[1]["entity_id"] is None and mentions[1]["category"] == "model"
        assert all(doc.text[m["start"] : m["end"]] == m["text"] for m in mentions)
    assert time.perf_counter() - started < 60
