namespace ServiceBot.Application.Common.Auditing;

/// <summary>Who ran which command on what, written in the command's transaction so it exists exactly when the change does.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        ActorId = string.Empty;
        ActorRole = string.Empty;
        Request = string.Empty;
    }

    public AuditEntry(DateTimeOffset at, string actorId, string actorRole, string request, string? subject)
    {
        Id = Guid.NewGuid();
        At = at;
        ActorId = actorId;
        ActorRole = actorRole;
        Request = request;
        Subject = subject;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string ActorId { get; private set; }

    public string ActorRole { get; private set; }

    public string Request { get; private set; }

    /// <summary>What the command was about, e.g. the case number.</summary>
    public string? Subject { get; private set; }
}
