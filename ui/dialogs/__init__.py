"""Modal dialogs; each names its input widgets (objectName) so tests can fill them."""
