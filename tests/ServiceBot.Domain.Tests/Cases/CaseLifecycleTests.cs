using ServiceBot.Domain.Cases;
using ServiceBot.Testing;

namespace ServiceBot.Domain.Tests.Cases;

/// <summary>
/// Every permitted (state, trigger) pair of the lifecycle, written out by hand so the definition is checked against
/// an independent statement of the rules; and every other pair rejected with a clear message.
/// </summary>
public sealed class CaseLifecycleTests
{
    private static readonly CaseState[] RestingStates =
    [
        CaseState.Submitted, CaseState.Dispatched, CaseState.Handling, CaseState.AwaitingInformation, CaseState.ExtensionRequested,
        CaseState.AnswerPendingApproval, CaseState.ReturnRequested, CaseState.Answered, CaseState.Closed, CaseState.Withdrawn, CaseState.Merged,
    ];

    private static readonly (CaseTrigger Trigger, CaseState Destination)[] InProgressCommon =
    [
        (CaseTrigger.Redispatch, CaseState.Dispatched),
        (CaseTrigger.RequestReturn, CaseState.ReturnRequested),
        (CaseTrigger.LogContact, CaseState.InProgress),
        (CaseTrigger.PostStageReply, CaseState.InProgress),
        (CaseTrigger.SubmitCoHandlerInput, CaseState.InProgress),
    ];

    private static readonly (CaseTrigger Trigger, CaseState Destination)[] OpenCommon =
    [
        (CaseTrigger.Withdraw, CaseState.Withdrawn),
        (CaseTrigger.Merge, CaseState.Merged),
        (CaseTrigger.Urge, CaseState.InProgress),
        (CaseTrigger.Supervise, CaseState.InProgress),
        (CaseTrigger.EscalateToLeader, CaseState.InProgress),
    ];

    /// <summary>State → trigger → destination. <see cref="CaseState.InProgress"/> as destination means "stays where it was".</summary>
    private static readonly Dictionary<CaseState, (CaseTrigger Trigger, CaseState Destination)[]> Permitted = new()
    {
        [CaseState.Submitted] = [(CaseTrigger.Dispatch, CaseState.Dispatched), (CaseTrigger.Withdraw, CaseState.Withdrawn), (CaseTrigger.Merge, CaseState.Merged)],
        [CaseState.Dispatched] =
        [
            (CaseTrigger.SignFor, CaseState.Handling), (CaseTrigger.Redispatch, CaseState.Dispatched), (CaseTrigger.RequestReturn, CaseState.ReturnRequested),
            .. OpenCommon,
        ],
        [CaseState.Handling] =
        [
            (CaseTrigger.RequestInformation, CaseState.AwaitingInformation), (CaseTrigger.RequestExtension, CaseState.ExtensionRequested),
            (CaseTrigger.Answer, CaseState.Answered), .. InProgressCommon, .. OpenCommon,
        ],
        [CaseState.AwaitingInformation] =
        [
            (CaseTrigger.SupplyInformation, CaseState.Handling), (CaseTrigger.Answer, CaseState.Answered), .. InProgressCommon, .. OpenCommon,
        ],
        [CaseState.ExtensionRequested] =
        [
            (CaseTrigger.ApproveExtension, CaseState.Handling), (CaseTrigger.RejectExtension, CaseState.Handling), .. InProgressCommon, .. OpenCommon,
        ],
        [CaseState.AnswerPendingApproval] =
        [
            (CaseTrigger.ApproveAnswer, CaseState.Answered), (CaseTrigger.RejectAnswer, CaseState.Handling), .. InProgressCommon, .. OpenCommon,
        ],
        [CaseState.ReturnRequested] =
        [
            (CaseTrigger.ApproveReturn, CaseState.Dispatched), (CaseTrigger.RejectReturn, CaseState.Dispatched), .. OpenCommon,
        ],
        [CaseState.Answered] = [(CaseTrigger.Evaluate, CaseState.Closed), (CaseTrigger.Close, CaseState.Closed)],
        [CaseState.Closed] = [(CaseTrigger.Reopen, CaseState.Handling)],
        [CaseState.Withdrawn] = [],
        [CaseState.Merged] = [],
    };

    public static TheoryData<CaseState, CaseTrigger, CaseState> PermittedTransitions()
    {
        var data = new TheoryData<CaseState, CaseTrigger, CaseState>();
        foreach (var (state, transitions) in Permitted)
        {
            foreach (var (trigger, destination) in transitions)
            {
                data.Add(state, trigger, destination == CaseState.InProgress ? state : destination);
            }
        }

        return data;
    }

    public static TheoryData<CaseState, CaseTrigger> ForbiddenPairs()
    {
        var data = new TheoryData<CaseState, CaseTrigger>();
        foreach (var state in RestingStates)
        {
            foreach (var trigger in Enum.GetValues<CaseTrigger>())
            {
                if (!Permitted[state].Any(p => p.Trigger == trigger))
                {
                    data.Add(state, trigger);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PermittedTransitions))]
    public void Fire_MovesToDestinationAndAppendsTimeline_WhenTransitionIsPermitted(CaseState from, CaseTrigger trigger, CaseState to)
    {
        var builder = new CaseBuilder();
        var c = builder.InState(from);
        var entriesBefore = c.Timeline.Count;

        var result = CaseActionDriver.Fire(c, trigger, builder);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(to, c.State);
        var entry = c.Timeline[entriesBefore];
        Assert.Equal(trigger.ToString(), entry.Action);
        Assert.Equal(from, entry.FromState);
        Assert.Equal(to, entry.ToState);
        Assert.Equal(entriesBefore + 1, entry.Sequence);
    }

    [Theory]
    [MemberData(nameof(ForbiddenPairs))]
    public void Fire_IsRejectedWithConflictAndChangesNothing_WhenTransitionIsNotPermitted(CaseState state, CaseTrigger trigger)
    {
        var builder = new CaseBuilder();
        var c = builder.InState(state);
        var timeline = c.Timeline.Count;
        var version = c.Version;
        var events = c.DomainEvents.Count;

        var result = CaseActionDriver.Fire(c, trigger, builder);

        Assert.False(result.IsSuccess);
        Assert.Equal(Common.ErrorKind.Conflict, result.Error!.Kind);
        Assert.Contains(trigger.ToChinese(), result.Error.Message);
        Assert.Equal(state, c.State);
        Assert.Equal(timeline, c.Timeline.Count);
        Assert.Equal(version, c.Version);
        Assert.Equal(events, c.DomainEvents.Count);
    }

    [Fact]
    public void PermittedActions_MatchesTheTable_ForTheActorOfEachTrigger()
    {
        foreach (var state in RestingStates)
        {
            var builder = new CaseBuilder();
            var c = builder.InState(state);

            var permitted = Enum.GetValues<CaseTrigger>()
                .Where(t => c.PermittedActions(builder.Context(CaseActionDriver.ActorFor(t))).Contains(t))
                .Order();

            var expected = Permitted[state].Select(p => p.Trigger).Distinct().Order();
            Assert.True(expected.SequenceEqual(permitted), $"{state}: expected [{string.Join(",", expected)}] got [{string.Join(",", permitted)}]");
        }
    }
}
