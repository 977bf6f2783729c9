"""The hostile-input campaign of scripts/hostile-inputs.py."""
