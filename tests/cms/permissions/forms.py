"""What a browser would post back from an admin edit form, unchanged.

``querydict_from_html`` reads the form's inputs; a StreamField has none until the admin's
JavaScript builds them, so its value is added from the object itself, in the StreamField
form format."""

from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import querydict_from_html


def edit_form_data(response, obj, form_id="page-edit-form"):
    data = querydict_from_html(response.content.decode(), form_id=form_id)
    for field in obj._meta.get_fields():
        if isinstance(field, StreamField) and f"{field.name}-count" not in data:
            for key, value in block_data(field.stream_block, getattr(obj, field.name), field.name).items():
                data[key] = value
    return data


def block_data(block, value, prefix) -> dict:
    if isinstance(block, blocks.StreamBlock):
        data = {f"{prefix}-count": str(len(value))}
        for index, child in enumerate(value):
            item = f"{prefix}-{index}"
            data.update(
                {f"{item}-type": child.block_type, f"{item}-deleted": "", f"{item}-order": str(index)}
            )
            data[f"{item}-id"] = child.id or ""
            data.update(block_data(child.block, child.value, f"{item}-value"))
        return data
    if isinstance(block, blocks.StructBlock):
        data = {}
        for name, child_block in block.child_blocks.items():
            data.update(block_data(child_block, value.get(name), f"{prefix}-{name}"))
        return data
    if isinstance(block, blocks.ListBlock):
        children = value.bound_blocks if hasattr(value, "bound_blocks") else list(value)
        data = {f"{prefix}-count": str(len(children))}
        for index, child in enumerate(children):
            item = f"{prefix}-{index}"
            child_value = getattr(child, "value", child)
            data.update(
                {f"{item}-deleted": "", f"{item}-order": str(index), f"{item}-id": getattr(child, "id", "")}
            )
            data.update(block_data(block.child_block, child_value, f"{item}-value"))
        return data
    if isinstance(block, blocks.ChooserBlock):
        return {prefix: "" if value is None else str(value.pk)}
    if isinstance(block, blocks.BooleanBlock):
        return {prefix: "on"} if value else {}
    form_value = block.value_for_form(value)
    formatted = block.field.widget.format_value(form_value)
    return {prefix: "" if formatted is None else str(formatted)}
