"""The environment a program we start should get: the user's own, not the frozen bundle's.

A PyInstaller bundle points ``LD_LIBRARY_PATH`` (and Qt's plugin paths) into itself before our
code runs, and keeps the value it replaced in ``LD_LIBRARY_PATH_ORIG``. A browser or file
manager started with that environment loads the bundle's libraries instead of its own and can
die at start (``GLIBCXX_3.4.31 not found``). ``restored_environment`` undoes that. Pure: it
reads a mapping and returns a new one.
"""

from __future__ import annotations

from collections.abc import Mapping

ORIG_SUFFIX = "_ORIG"

# The bundle's bootloader sets these; the value it replaced (if any) is in NAME_ORIG.
LIBRARY_PATH_VARS = ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH", "DYLD_FRAMEWORK_PATH", "LIBPATH")

# Set for the bundle's own Qt and bootloader; never meant for another program.
BUNDLE_ONLY_VARS = (
    "QT_PLUGIN_PATH",
    "QT_QPA_PLATFORM_PLUGIN_PATH",
    "QML2_IMPORT_PATH",
    "QML_IMPORT_PATH",
    "QTWEBENGINEPROCESS_PATH",
    "QTWEBENGINE_RESOURCES_PATH",
    "QTWEBENGINE_LOCALES_PATH",
    "_MEIPASS2",
)
BUNDLE_ONLY_PREFIXES = ("_PYI_",)

# Set by the bundle's hooks to files inside it; a user may have set them too, so they are
# removed only when they point into the bundle.
BUNDLE_PATH_VARS = (
    "PYTHONHOME",
    "PYTHONPATH",
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
    "GIO_MODULE_DIR",
    "GDK_PIXBUF_MODULE_FILE",
    "GI_TYPELIB_PATH",
    "GTK_PATH",
    "GTK_DATA_PREFIX",
    "GTK_EXE_PREFIX",
    "FONTCONFIG_FILE",
    "FONTCONFIG_PATH",
    "TCL_LIBRARY",
    "TK_LIBRARY",
)


def restored_environment(
    environ: Mapping[str, str], *, frozen: bool, bundle_dir: str | None = None
) -> dict[str, str]:
    """``environ`` as it was before the bundle changed it. Not frozen: a plain copy.

    Frozen: each ``NAME_ORIG`` value goes back into ``NAME`` (and ``NAME_ORIG`` goes); a
    library path with no saved original was added by the bundle and goes; Qt's and the
    bootloader's own variables go; the hooks' variables go when they point into
    ``bundle_dir``."""
    env = dict(environ)
    if not frozen:
        return env
    originals = {
        name[: -len(ORIG_SUFFIX)]: value
        for name, value in environ.items()
        if name.endswith(ORIG_SUFFIX) and len(name) > len(ORIG_SUFFIX)
    }
    for name in originals:
        env.pop(name + ORIG_SUFFIX, None)
    for name in LIBRARY_PATH_VARS:
        if name not in originals:
            env.pop(name, None)
    env.update(originals)
    for name in list(env):
        bundle_only = name in BUNDLE_ONLY_VARS or name.startswith(BUNDLE_ONLY_PREFIXES)
        if bundle_only and name not in originals:
            del env[name]
    if bundle_dir:
        inside = bundle_dir.rstrip("/\\")
        for name in BUNDLE_PATH_VARS:
            if name not in originals and inside and inside in env.get(name, ""):
                del env[name]
    return env
