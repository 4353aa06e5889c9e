using System.Globalization;
using System.Resources;

namespace ServiceBot.Dialogs.Engine.Texts;

/// <summary>User-facing texts of one resource file (Chinese is the neutral language), looked up by key.</summary>
internal sealed class TextCatalog(Type anchor)
{
    private readonly ResourceManager _resources = new(anchor.FullName!, anchor.Assembly);

    public string this[string key] => Find(key) ?? throw new InvalidOperationException($"Text '{key}' is missing from {anchor.Name}.resx.");

    public string? Find(string key) => _resources.GetString(key, CultureInfo.CurrentUICulture);

    public string Format(string key, params object?[] values) => string.Format(CultureInfo.CurrentCulture, this[key], values);
}
