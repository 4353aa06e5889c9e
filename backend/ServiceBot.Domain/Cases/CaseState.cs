namespace ServiceBot.Domain.Cases;

/// <summary>Where a case is in its lifecycle. <see cref="InProgress"/> is a superstate of the three handling states.</summary>
public enum CaseState
{
    /// <summary>受理: accepted, waiting for the coordinator office to dispatch it.</summary>
    Submitted,

    /// <summary>交办: dispatched to a lead bureau, waiting to be signed for.</summary>
    Dispatched,

    /// <summary>办理中: the superstate of everything the lead bureau does after signing for the case.</summary>
    InProgress,

    /// <summary>办理: the lead bureau is working on the case.</summary>
    Handling,

    /// <summary>待补充: the bureau asked the enterprise for information; the answer clock can pause.</summary>
    AwaitingInformation,

    /// <summary>延期审核: the bureau asked for more time; the coordinator rules.</summary>
    ExtensionRequested,

    /// <summary>答复审核: an answer waits for the bureau head's approval before it is sent.</summary>
    AnswerPendingApproval,

    /// <summary>退单审核: the bureau asked to return the case; the coordinator redispatches or keeps it there.</summary>
    ReturnRequested,

    /// <summary>已答复: the answer was sent; the enterprise evaluates it.</summary>
    Answered,

    /// <summary>办结.</summary>
    Closed,

    /// <summary>已撤回 by the enterprise.</summary>
    Withdrawn,

    /// <summary>已合并 into another case as a duplicate.</summary>
    Merged,
}
