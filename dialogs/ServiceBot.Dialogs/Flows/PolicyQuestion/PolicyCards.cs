using System.Text;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Dialogs.Flows.Common;
using ServiceBot.Domain.Policies;

namespace ServiceBot.Dialogs.Flows.PolicyQuestion;

/// <summary>A cited article as a card: document, article, the quoted sentences, figures, validity (expired ones flagged).</summary>
internal static class PolicyCards
{
    private static string T(string key) => PolicyQuestionTexts.Catalog[key];

    public static string Card(PolicyCitation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var expired = citation.Validity.Status == PolicyValidityStatus.Expired;
        var card = new AdaptiveCard()
            .Title((expired ? T("Expired") : string.Empty) + $"《{citation.DocumentTitle}》")
            .Facts(
                (T("CardArticle"), citation.Heading is { Length: > 0 } h ? $"{citation.Citation}（{h}）" : citation.Citation),
                (T("CardIssuer"), citation.IssuingBody),
                (T("CardFigures"), citation.Figures.Count == 0 ? null : string.Join("、", citation.Figures.Select(f => f.Text))),
                (T("CardUnits"), citation.ResponsibleUnits.Count == 0 ? null : string.Join("、", citation.ResponsibleUnits.Select(u => u.Name))));
        foreach (var quote in citation.Quotes)
        {
            card.Text($"“{quote}”");
        }

        return card.Text(citation.Validity.Notice, subtle: !expired, color: expired ? "Attention" : null).ToJson();
    }

    /// <summary>The article as text, for channels that show no cards.</summary>
    public static string Text(PolicyCitation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var text = new StringBuilder().Append(citation.Reference).Append('：');
        foreach (var quote in citation.Quotes)
        {
            text.Append('\n').Append('“').Append(quote).Append('”');
        }

        return text.Append('\n').Append(citation.Validity.Notice).ToString();
    }
}
