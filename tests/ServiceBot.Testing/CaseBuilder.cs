using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Sla;
using ServiceBot.Domain.Users;

namespace ServiceBot.Testing;

/// <summary>
/// Builds cases and drives them into any state through the real lifecycle actions, so a test never sets a state
/// that the lifecycle could not have produced.
/// </summary>
public sealed class CaseBuilder
{
    private CaseUrgency _urgency = CaseUrgency.Normal;
    private CaseType _type = CaseType.Problem;
    private bool _requiresApproval;
    private string[] _coHandlers = [TestActors.CoBureau];

    /// <summary>Monday 2026-11-23 09:00 China time: an ordinary working week.</summary>
    public static DateTimeOffset DefaultStart { get; } = TestCalendars.China(2026, 11, 23, 9);

    public FakeTimeProvider Clock { get; } = new(DefaultStart);

    public SlaPolicy Sla { get; set; } = new();

    public CaseBuilder Urgent()
    {
        _urgency = CaseUrgency.Urgent;
        return this;
    }

    public CaseBuilder OfType(CaseType type)
    {
        _type = type;
        return this;
    }

    public CaseBuilder WithAnswerApproval()
    {
        _requiresApproval = true;
        return this;
    }

    public CaseBuilder WithoutCoHandlers()
    {
        _coHandlers = [];
        return this;
    }

    public LifecycleContext Context(Actor actor) => new(actor, Clock.GetUtcNow(), TestCalendars.Deadlines, Sla);

    public DispatchPlan Plan(string lead = TestActors.LeadBureau) => new(lead, _coHandlers, _requiresApproval);

    public Case Build()
    {
        var submission = new CaseSubmission(
            TestActors.EnterpriseId,
            _type,
            "用地",
            "我们公司年纳税600多万，想扩建厂房但是没有地，能不能优先安排工业用地？",
            _urgency,
            _urgency == CaseUrgency.Urgent ? "订单已到，月底前必须开工" : null,
            CaseComplexity.Normal,
            "王经理",
            "13800000000",
            "webchat");
        return Ok(Case.Submit(submission, CaseNumber.Format(2026, 1), Context(TestActors.Entrepreneur)));
    }

    /// <summary>A case in <paramref name="state"/>, reached by the shortest sequence of real actions.</summary>
    public Case InState(CaseState state)
    {
        if (state == CaseState.AnswerPendingApproval)
        {
            _requiresApproval = true;
        }

        var c = Build();
        switch (state)
        {
            case CaseState.Submitted:
                return c;
            case CaseState.Withdrawn:
                Ok(c.Withdraw("问题已自行解决", Context(TestActors.Entrepreneur)));
                return c;
            case CaseState.Merged:
                Ok(c.MergeInto(new CaseBuilder().Build(), Context(TestActors.Coordinator)));
                return c;
        }

        Ok(c.Dispatch(Plan(), Context(TestActors.Coordinator)));
        switch (state)
        {
            case CaseState.Dispatched:
                return c;
            case CaseState.ReturnRequested:
                Ok(c.RequestReturn("不属于本单位职责", Context(TestActors.LeadStaff)));
                return c;
        }

        Ok(c.SignFor(Context(TestActors.LeadStaff)));
        switch (state)
        {
            case CaseState.Handling:
            case CaseState.InProgress:
                return c;
            case CaseState.AwaitingInformation:
                Ok(c.RequestInformation("请提供土地需求面积和项目投资计划", Context(TestActors.LeadStaff)));
                return c;
            case CaseState.ExtensionRequested:
                Ok(c.RequestExtension(new DateOnly(2027, 1, 15), "需要规划调整", Context(TestActors.LeadStaff)));
                return c;
        }

        Ok(c.SubmitAnswer("经研究，可纳入下批次工业用地供应计划。", Context(TestActors.LeadStaff)));
        switch (state)
        {
            case CaseState.AnswerPendingApproval:
            case CaseState.Answered:
                return c;
            case CaseState.Closed:
                Ok(c.Evaluate(EvaluationRating.Satisfied, solved: true, "很好", Context(TestActors.Entrepreneur)));
                return c;
        }

        throw new ArgumentOutOfRangeException(nameof(state), state, "No recipe for this state.");
    }

    public static T Ok<T>(Result<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.IsSuccess ? result.Value : throw new InvalidOperationException($"{result.Error!.Code}: {result.Error.Message}");
    }

    public static void Ok(Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"{result.Error!.Code}: {result.Error.Message}");
        }
    }
}
