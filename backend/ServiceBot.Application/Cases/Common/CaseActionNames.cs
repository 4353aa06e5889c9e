using System.Text;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cases.Common;

/// <summary>
/// The names of lifecycle actions in URLs and API responses: the trigger in kebab case (<c>SignFor</c> →
/// <c>sign-for</c>). <see cref="CaseTrigger.CloseUnevaluated"/> belongs to the scheduler and has no public name.
/// </summary>
public static class CaseActionNames
{
    private static readonly Dictionary<string, CaseTrigger> ByName = Enum.GetValues<CaseTrigger>()
        .Where(t => t != CaseTrigger.CloseUnevaluated)
        .ToDictionary(ToName, t => t, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> All => ByName.Keys;

    public static string ToName(CaseTrigger trigger)
    {
        var name = trigger.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }

    public static bool TryParse(string? name, out CaseTrigger trigger) => ByName.TryGetValue(name ?? string.Empty, out trigger);
}
