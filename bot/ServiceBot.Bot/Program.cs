using ServiceBot.Application;
using ServiceBot.Bot.Hosting;
using ServiceBot.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
DemoMode.Apply(builder, args);
DataDirectory.Resolve(builder);

builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration);
builder.AddServiceBotApi();

var app = builder.Build();
app.UseServiceBotApi();
app.Run();

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in the integration tests.</summary>
public partial class Program;
