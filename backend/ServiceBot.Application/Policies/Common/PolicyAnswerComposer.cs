using System.Text;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Language.PolicyText;
using ServiceBot.Language.Retrieval;

namespace ServiceBot.Application.Policies.Common;

/// <summary>
/// Builds the answer to a policy question from the best matches: one confident article → quote it with its
/// figures and validity; several about as good → a short list to choose from; none good enough → say so plainly
/// and offer a consultation case routed to the responsible unit of the nearest article, else to whichever bureau the
/// question router suggests, else to the coordinator's office.
/// </summary>
internal sealed class PolicyAnswerComposer(
    IApplicationDbContext db,
    IPolicyQuestionRouter router,
    TimeProvider time,
    ICalendarProvider calendar,
    IOptionsMonitor<SlaOptions> sla,
    IOptionsMonitor<PoliciesOptions> options)
{
    public const string FollowUpQuestion = "以上解答是否解决了您的问题？";

    /// <summary>How many matches to consider: enough for a short list and the "possibly related" ones.</summary>
    private const int Candidates = 5;

    public async Task<PolicyAnswer> ComposeAsync(string question, PolicyIndexSnapshot snapshot, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var query = snapshot.Analyze(question);
        var matches = snapshot.Search(query, Candidates, settings.RegionBoost);
        var catalog = await BureauCatalog.LoadAsync(db, cancellationToken).ConfigureAwait(false);
        var today = calendar.Deadlines.LocalDate(time.GetUtcNow());

        var confident = matches.Where(m => m.Relevance >= settings.AnswerThreshold).ToList();
        if (confident.Count == 0)
        {
            var related = matches.Where(m => m.Relevance >= settings.WeakThreshold).Take(settings.MaxChoices).ToList();
            var citations = related.Select(m => Cite(m, query, snapshot, catalog, today)).ToList();
            var offer = await OfferAsync(question, related, catalog, related.Count > 0 ? CaseComplexity.Simple : CaseComplexity.Complex, cancellationToken).ConfigureAwait(false);
            return new PolicyAnswer(PolicyAnswerKind.NoAnswer, question, NoAnswerText(citations, offer), citations, offer, FollowUp: null);
        }

        var best = confident[0];
        var choices = confident.Where(m => m.Relevance >= best.Relevance * settings.ChoiceRatio).Take(settings.MaxChoices).ToList();
        var chosen = choices.Select(m => Cite(m, query, snapshot, catalog, today)).ToList();
        var consultation = await OfferAsync(question, choices, catalog, CaseComplexity.Simple, cancellationToken).ConfigureAwait(false);
        return chosen.Count > 1
            ? new PolicyAnswer(PolicyAnswerKind.Choices, question, ChoicesText(chosen), chosen, consultation, FollowUpQuestion)
            : new PolicyAnswer(PolicyAnswerKind.Answered, question, AnswerText(chosen[0]), chosen, consultation, FollowUpQuestion);
    }

    internal static PolicyCitation Cite(PolicySearchMatch match, AnalyzedQuery query, PolicyIndexSnapshot snapshot, BureauCatalog catalog, DateOnly today)
    {
        var article = match.Article;
        var quotes = QuoteSelector.Select(article.Text.Length > 0 ? article.Text : article.Heading ?? string.Empty, query, snapshot.Idf);
        var figures = quotes.SelectMany(FigureExtractor.Extract)
            .DistinctBy(f => f.Text)
            .Select(f => new PolicyFigureView(f.Kind, f.Text, f.Value, f.Unit, f.Qualifier))
            .ToList();
        return new PolicyCitation(
            article.DocumentId,
            article.DocumentTitle,
            article.Version,
            article.IssuingBody ?? article.Publisher,
            article.Region,
            article.ArticleId,
            article.Citation,
            article.Heading,
            article.Context,
            quotes,
            figures,
            PolicyPresentation.Validity(article.Validity, today),
            PolicyPresentation.Units(article, catalog.Matcher),
            Math.Round(match.Relevance, 4),
            Math.Round(match.Coverage, 4));
    }

    private async Task<PolicyConsultationOffer> OfferAsync(
        string question, IReadOnlyList<PolicySearchMatch> nearest, BureauCatalog catalog, CaseComplexity complexity, CancellationToken cancellationToken)
    {
        string? code = null;
        string reason;
        ConsultationRouting routing;
        var named = nearest.FirstOrDefault(m => m.Article.ResponsibleBureauCodes.Any(c => catalog.Names.ContainsKey(c)));
        if (named is not null)
        {
            code = named.Article.ResponsibleBureauCodes.First(c => catalog.Names.ContainsKey(c));
            routing = ConsultationRouting.ResponsibleUnit;
            reason = $"《{named.Article.DocumentTitle}》{named.Article.Citation}的责任单位";
        }
        else if (await router.SuggestAsync(question, cancellationToken).ConfigureAwait(false) is { } suggestion && catalog.Names.ContainsKey(suggestion.BureauCode))
        {
            code = suggestion.BureauCode;
            routing = ConsultationRouting.Triage;
            reason = suggestion.Reason;
        }
        else
        {
            routing = ConsultationRouting.Coordinator;
            reason = "暂无法确定负责部门，由三服务办分派";
        }

        var days = sla.CurrentValue.ToPolicy().AnswerWorkingDaysFor(CaseType.PolicyConsultation, null, complexity, hasCoHandlers: false);
        var due = calendar.Deadlines.AddWorkingDays(time.GetUtcNow(), days).DueDate;
        var name = catalog.NameOf(code);
        var text = name is not null
            ? $"我可以帮您提交政策咨询，转{name}答复，{days}个工作日内办结（如今日交办，最迟{ChineseDates.Format(due)}前答复）。"
            : $"我可以帮您提交政策咨询，由三服务办分派给负责部门，{days}个工作日内答复（如今日交办，最迟{ChineseDates.Format(due)}前答复）。";
        return new PolicyConsultationOffer(code, name, routing, reason, complexity, days, due, text);
    }

    private static string AnswerText(PolicyCitation citation)
    {
        var text = new StringBuilder();
        text.Append("根据").Append(citation.Reference).AppendLine("：");
        foreach (var quote in citation.Quotes)
        {
            text.Append('“').Append(quote).AppendLine("”");
        }

        if (citation.Figures.Count > 0)
        {
            text.Append("涉及的数额和标准：").AppendJoin("、", citation.Figures.Select(f => f.Text)).AppendLine("。");
        }

        if (citation.ResponsibleUnits.Count > 0)
        {
            text.Append("责任单位：").AppendJoin("、", citation.ResponsibleUnits.Select(u => u.Name)).AppendLine("。");
        }

        text.AppendLine(citation.Validity.Notice);
        text.Append(FollowUpQuestion);
        return text.ToString();
    }

    private static string ChoicesText(List<PolicyCitation> citations)
    {
        var text = new StringBuilder("找到几条相关的政策条款，请选择您想了解的：");
        for (var i = 0; i < citations.Count; i++)
        {
            text.AppendLine().Append(i + 1).Append(". ").Append(citations[i].Reference);
            if (citations[i].Validity.Status != Domain.Policies.PolicyValidityStatus.InForce)
            {
                text.Append('（').Append(citations[i].Validity.Status == Domain.Policies.PolicyValidityStatus.Expired ? "已到期" : "尚未生效").Append('）');
            }
        }

        return text.ToString();
    }

    private static string NoAnswerText(List<PolicyCitation> related, PolicyConsultationOffer offer)
    {
        var text = new StringBuilder("抱歉，现有的政策文件里没有找到能直接回答这个问题的条款。");
        if (related.Count > 0)
        {
            text.AppendLine().Append("可能相关的条款：").AppendJoin("；", related.Select(r => r.Reference)).Append('。');
        }

        text.AppendLine().Append(offer.Text).Append("需要为您提交吗？");
        return text.ToString();
    }
}
