namespace ServiceBot.Domain.Enterprises;

/// <summary>A person who speaks for an enterprise; one enterprise can have several, each possibly with a login.</summary>
public sealed class EnterpriseContact
{
    private EnterpriseContact()
    {
        Name = string.Empty;
        Mobile = string.Empty;
    }

    internal EnterpriseContact(string name, string mobile, string? userId)
    {
        Id = Guid.NewGuid();
        Name = name;
        Mobile = mobile;
        UserId = userId;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string Mobile { get; private set; }

    /// <summary>The login of this contact, when they have one.</summary>
    public string? UserId { get; private set; }

    /// <summary>A contact without a login gets the one that now speaks with its mobile; an existing login is kept.</summary>
    internal void Update(string name, string mobile, string? userId)
    {
        Name = name;
        Mobile = mobile;
        UserId ??= userId;
    }
}
