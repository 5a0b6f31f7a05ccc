"""The pipeline saved with `nlp.to_disk` loads again with `spacy.load`, with the saved rule data."""
import json
import subprocess
import sys


def test_a_saved_pipeline_loads_with_spacy_load_and_uses_its_saved_data(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    saved = tmp_path / "pipeline" / "kazbel_entity_rules" / "organisations.json"
    gazetteer = json.loads(saved.read_text(encoding="utf-8"))
    gazetteer["names"].append("Qwertyagromash")  # only the saved copy knows this plant
    saved.write_text(json.dumps(gazetteer), encoding="utf-8")

    script = (
        "import json, sys, spacy\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "doc = nlp('Qwertyagromash and BelAZ exported trucks worth almost $419.1 million.')\n"
        "print(json.dumps([[e.text, e.label_] for e in doc.ents]))\n"
    )
    run = subprocess.run([sys.executable, "-c", script, str(tmp_path / "pipeline")],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout.strip().splitlines()[-1]) == [
        ["Qwertyagromash", "ORG"], ["BelAZ", "ORG"], ["$419.1 million", "MONEY"]]
