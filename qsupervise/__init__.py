"""QSupervise core: the county quality-supervision workbench without any GUI."""

__version__ = "0.1.0"
APP_NAME = "QSupervise"
