"""For page types that record which methods and AI tools they used (through inline
``method_links`` and ``tool_links``): the live items, in order."""


class UsesLibraryItems:
    def methods(self):
        return [link.method for link in self.method_links.select_related("method") if link.method.live]

    def tools(self):
        return [link.tool for link in self.tool_links.select_related("tool") if link.tool.live]
