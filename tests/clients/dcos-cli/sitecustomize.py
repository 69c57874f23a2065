# dcoscli 0.6.1 (2018) imports collections.Mapping and friends, which Python 3.10 moved to
# collections.abc only. Put where the CLI is installed, this puts them back, and nothing else.
import collections
import collections.abc

for _name in ("Mapping", "MutableMapping", "Sequence", "Iterable", "Callable", "Set", "MutableSet"):
    if not hasattr(collections, _name):
        setattr(collections, _name, getattr(collections.abc, _name))
