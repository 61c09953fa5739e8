"""The desktop interface: Qt windows, pages, table models and dialogs over the core services."""
