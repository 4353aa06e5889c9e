using ServiceBot.Domain.Users;

namespace ServiceBot.Domain.Cases;

/// <summary>
/// One event in a case's append-only timeline: what happened, who did it, when, and why. Entries are never
/// changed or removed; the persistence layer refuses updates and deletes.
/// </summary>
public sealed class TimelineEntry
{
    private TimelineEntry()
    {
        Action = string.Empty;
        ActorId = string.Empty;
        ActorName = string.Empty;
        Data = new Dictionary<string, string>();
    }

    internal TimelineEntry(
        int sequence, string action, CaseState? fromState, CaseState? toState, Actor actor, DateTimeOffset at, string? note, IReadOnlyDictionary<string, string>? data)
    {
        Id = Guid.NewGuid();
        Sequence = sequence;
        Action = action;
        FromState = fromState;
        ToState = toState;
        ActorId = actor.Id;
        ActorName = actor.Name;
        ActorRole = actor.Role;
        ActorBureauCode = actor.BureauCode;
        At = at;
        Note = note;
        Data = data is null ? new Dictionary<string, string>() : new Dictionary<string, string>(data);
    }

    public Guid Id { get; private set; }

    /// <summary>1, 2, 3… in the order things happened to the case.</summary>
    public int Sequence { get; private set; }

    /// <summary>The trigger name, or <c>Submit</c> for the creation of the case.</summary>
    public string Action { get; private set; }

    public CaseState? FromState { get; private set; }

    public CaseState? ToState { get; private set; }

    public string ActorId { get; private set; }

    public string ActorName { get; private set; }

    public Role ActorRole { get; private set; }

    public string? ActorBureauCode { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>What the actor wrote: a reason, an answer, an instruction.</summary>
    public string? Note { get; private set; }

    /// <summary>Structured facts of the event (bureau codes, new deadlines, ratings), for display and reports.</summary>
    public IReadOnlyDictionary<string, string> Data { get; private set; }
}
