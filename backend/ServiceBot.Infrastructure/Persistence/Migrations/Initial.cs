using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ServiceBot.Infrastructure.Persistence.Migrations;

[DbContext(typeof(ServiceBotDbContext))]
[Migration("20261122000000_Initial")]
public sealed class Initial : ScriptMigration;
