# Makes `grivo` importable however the suite is started (e.g. from the repository root:
# python3 -m unittest discover -s sdk/python/tests -t sdk/python).
import os
import sys

_SDK_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if _SDK_ROOT not in sys.path:
    sys.path.insert(0, _SDK_ROOT)
