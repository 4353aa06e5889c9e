using ServiceBot.Application;
using ServiceBot.Bot.Channels;
using ServiceBot.Bot.Console;
using ServiceBot.Bot.Hosting;
using ServiceBot.Dialogs;
using ServiceBot.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
DemoMode.Apply(builder, args);
DataDirectory.Resolve(builder);

builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration);
builder.AddServiceBotApi();
builder.Services.AddDialogs();
builder.AddServiceBotChannels();
builder.AddServiceBotConsole();

var app = builder.Build();
app.UseServiceBotApi();
app.UseServiceBotChannels();
app.MapServiceBotConsole();
app.Run();

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in the integration tests.</summary>
public partial class Program;
