"""Interface strings of Wagtail and wagtail-localize whose German translation upstream is
missing or wrong, translated in our own catalogue instead (``LOCALE_PATHS`` is searched before
the apps' catalogues, so our translation wins).

``makemessages`` only collects msgids it finds in our code: this module names them (with
``gettext_noop``: nothing is translated at import time) so they stay in the catalogue.
Each comment says where upstream shows the string.
"""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, gettext_noop

from wagtail import hooks

UPSTREAM_STRINGS = [
    # wagtail.admin: the language column and filter of listings, the account's language
    # section; Wagtail's German catalogue leaves it "Locale".
    gettext_noop("Locale"),
    # wagtail.admin login page, replaced by our branding (wagtailadmin/login.html).
    gettext_noop("Sign in to Wagtail"),
]


# wagtail-localize's translation editor (its React bundle) builds the heading of its tab as a
# template literal, `${source} to ${target} translation`, which no catalogue can reach
# (wagtail-localize 1.14.5, static/wagtail_localize/js/wagtail-localize.js). The editor pages
# run this small script (the admin's CSP allows inline scripts) that puts the translated
# heading in its place once the editor has drawn it.
TRANSLATION_HEADING = gettext_noop("%(source)s to %(target)s translation")


@hooks.register("insert_editor_js")
def translate_the_translation_editors_heading():
    heading = gettext(TRANSLATION_HEADING)
    if heading == TRANSLATION_HEADING:
        return ""
    return format_html(
        "<script>{}</script>",
        mark_safe(  # noqa: S308  (a fixed script; the one value in it is JSON-escaped below)
            "(function(){var f=" + json.dumps(heading, ensure_ascii=False).replace("<", "\\u003c") + ";"
            "var re=/^(.+) to (.+) translation$/;"
            "function fix(root){var w=document.createTreeWalker(root,NodeFilter.SHOW_TEXT);var n;"
            "while((n=w.nextNode())){var m=re.exec(n.nodeValue.trim());"
            "if(m){n.nodeValue=f.replace('%(source)s',m[1]).replace('%(target)s',m[2]);}}}"
            "document.addEventListener('DOMContentLoaded',function(){"
            "var e=document.querySelector('.js-translation-editor');if(!e){return;}fix(e);"
            "new MutationObserver(function(){fix(e);}).observe(e,{childList:true,subtree:true});});"
            "})();"
        ),
    )
