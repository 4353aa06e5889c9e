using MediatR;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Common.Messaging;

/// <summary>A request that changes state: it runs in a transaction and is audited.</summary>
public interface ICommand<TResponse> : IRequest<TResponse>, ICommandMarker
    where TResponse : Result;
