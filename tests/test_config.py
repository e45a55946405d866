"""The config file: the example validates, every key is documented, errors name key and fix."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel

from mailtriage.config import load_config, load_config_text
from mailtriage.config.schema import Config
from mailtriage.errors import ConfigError

EXAMPLE = Path(__file__).parents[1] / "config" / "mailtriage.example.toml"


def test_example_config_is_valid() -> None:
    config = load_config(EXAMPLE)
    assert config.mailbox[0].kind == "imap"
    assert config.smtp.effective_port == 587


def _keys(model: type[BaseModel]) -> set[str]:
    keys = set()
    for name, field in model.model_fields.items():
        keys.add(name)
        for inner in getattr(field.annotation, "__args__", ()) or (field.annotation,):
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                keys |= _keys(inner)
    return keys


def test_every_schema_key_appears_in_the_example() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    written = set(re.findall(r"^#?\s*\[*([a-z0-9_]+)\]*\s*=", text, re.MULTILINE))
    written |= set(re.findall(r"^#?\s*\[+([a-z0-9_.]+)\]+", text, re.MULTILINE))
    written = {w.split(".")[-1] for w in written}
    assert _keys(Config) - written == set()


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ('[[mailbox]]\nname="a"\nkind="imap"\nusername="u"\nsecurity="ssl"',
         "mailbox[0].security = 'ssl'"),
        ('[[mailbox]]\nname="a"\nkind="imap"\nusername="u"\npoll_intervall=5',
         "mailbox[0].poll_intervall"),
        ('[smtp]\nport="twenty-five"', "smtp.port = 'twenty-five'"),
        ('[[mailbox]]\nname="a"\nkind="maildir"', "a maildir mailbox needs path"),
        ('[[mailbox]]\nname="a"\nkind="imap"\nusername="u"\nhost="mail.example.com"\nsecurity="none"',
         "only allowed to a loopback host"),
        ('[[mailbox]]\nname="a"\nkind="imap"\nusername="u"\nafter_import="move"', "needs move_to"),
        ('[[mailbox]]\nname="a"\nkind="maildir"\npath="/x"\n[[mailbox]]\nname="a"\nkind="maildir"\npath="/y"',
         "repeated: a"),
        ("data_dir = ", "not valid TOML"),
    ],
)
def test_bad_values_are_refused_naming_the_key(toml: str, expected: str) -> None:
    with pytest.raises(ConfigError) as error:
        load_config_text(toml)
    assert expected in str(error.value)


def test_fix_is_suggested() -> None:
    with pytest.raises(ConfigError) as error:
        load_config_text('[smtp]\nsecurity="ssl"')
    assert "fix: use one of: 'tls', 'starttls' or 'none'" in str(error.value)


def test_a_password_written_into_the_file_is_refused_and_not_echoed() -> None:
    with pytest.raises(ConfigError) as error:
        load_config_text('[smtp]\npassword = "hunter2-secret"')
    assert "smtp.password" in str(error.value)
    assert "hunter2-secret" not in str(error.value)


def test_durations_and_sizes_are_parsed() -> None:
    config = load_config_text('[ingest]\nmax_message_size="2MiB"\n[smtp]\nretry_base="2m"')
    assert config.ingest.max_message_size == 2 * 1024 * 1024
    assert config.smtp.retry_base.total_seconds() == 120


def test_cli_reports_a_bad_config_with_exit_code_2_and_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[mailbox]]\nname = "x"\nkind = "pop3"\n', encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mailtriage", "check", "--config", str(bad)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "mailbox[0].kind = 'pop3'" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_config_file_names_the_ways_to_give_one(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAILTRIAGE_CONFIG", str(tmp_path / "absent.toml"))
    with pytest.raises(ConfigError) as error:
        load_config()
    assert "absent.toml does not exist" in str(error.value)
    assert "--config" in str(error.value)


def test_secrets_come_from_a_variable_or_the_first_line_of_a_file(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from mailtriage.config.secrets import read_secret
    from mailtriage.errors import CredentialsError

    monkeypatch.setenv("MT_TEST_SECRET", "from-env")
    assert read_secret("MT_TEST_SECRET", None, "password") == "from-env"
    secret = tmp_path / "secret"
    secret.write_text("pa ss\nsecond line\n")
    assert read_secret(None, secret, "password") == "pa ss"
    assert read_secret(None, None, "password") is None
    monkeypatch.delenv("MT_TEST_SECRET")
    with pytest.raises(CredentialsError, match="MT_TEST_SECRET is not set"):
        read_secret("MT_TEST_SECRET", None, "password")
    secret.write_text("")
    with pytest.raises(CredentialsError, match=r"oauth2 client secret: .* is empty"):
        read_secret(None, secret, "oauth2 client secret")
    with pytest.raises(CredentialsError, match="cannot read"):
        read_secret(None, tmp_path / "missing", "password")
