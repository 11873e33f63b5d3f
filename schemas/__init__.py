"""Validation with pandera: figure, document and history checks (catalogue in checks.py)."""

from schemas.checks import CHECKS, Check
from schemas.validate import ValidationResult, validate_figures

__all__ = ["CHECKS", "Check", "ValidationResult", "validate_figures"]
