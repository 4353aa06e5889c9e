using System.Globalization;
using System.Resources;

namespace ServiceBot.Dialogs.Echo;

/// <summary>The echo handler's texts, from <c>EchoTexts.resx</c> (Chinese is the neutral language).</summary>
internal static class EchoTexts
{
    private static readonly ResourceManager Resources = new("ServiceBot.Dialogs.Echo.EchoTexts", typeof(EchoTexts).Assembly);

    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"Text '{key}' is missing from EchoTexts.resx.");

    public static string Format(string key, params object[] values) => string.Format(CultureInfo.CurrentCulture, Get(key), values);
}
