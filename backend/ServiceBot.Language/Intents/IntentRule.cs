using System.Text.RegularExpressions;

namespace ServiceBot.Language.Intents;

/// <summary>
/// A pattern that signals an intent. A decisive rule matches a whole short message (“转人工”, “不满意”) and settles
/// the intent by itself; any other rule is a feature the classifier learned to weigh, named in the evidence.
/// </summary>
internal sealed class IntentRule(string name, Intent intent, string pattern, bool decisive = false)
{
    public string Name { get; } = name;

    public Intent Intent { get; } = intent;

    public Regex Pattern { get; } = new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    public bool Decisive { get; } = decisive;

    public string FeatureName => "rule:" + Name;
}
