namespace ServiceBot.Application.Common.Messaging;

/// <summary>Lets behaviors recognise commands without knowing their response type.</summary>
public interface ICommandMarker;
