"""What the HiGHS comparisons share: where duty's release build is, and HiGHS from PyPI."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DUTY = os.path.join(ROOT, ".build", "release", "duty")


def prepare():
    """Installs highspy when missing and builds duty when its release build is missing."""
    try:
        import highspy  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "highspy"], check=True)
    if not os.path.exists(DUTY):
        subprocess.run(["swift", "build", "-c", "release", "--product", "duty"], cwd=ROOT, check=True)
