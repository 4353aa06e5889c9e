using Npgsql;
using NpgsqlTypes;
using ServiceBot.Benchmarks.Policies.Corpus;

namespace ServiceBot.Benchmarks.Policies.Engines;

/// <summary>
/// PostgreSQL, in a database of its own: either pg_trgm similarity over the raw text (GiST index, nearest by
/// trigram distance), or full-text search with the 'simple' configuration over bigram tokens, weighted by field
/// (headings A, body B, title C) and ranked by ts_rank — the database-side equivalent of the in-memory index.
/// </summary>
internal sealed class PostgresEngine(string adminConnection, bool trigram) : IRetrievalEngine
{
    private readonly string _database = "sb_bench_" + Guid.NewGuid().ToString("N")[..12];
    private NpgsqlDataSource? _source;

    public string Name => trigram ? "PostgreSQL pg_trgm similarity" : "PostgreSQL full-text ('simple'), bigram tokens, ts_rank";

    public void Load(IReadOnlyList<BenchArticle> articles)
    {
        using (var admin = new NpgsqlConnection(adminConnection))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", admin);
            create.ExecuteNonQuery();
        }

        _source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(adminConnection) { Database = _database }.ConnectionString);
        Execute(trigram
            ? "CREATE EXTENSION pg_trgm; CREATE TABLE a (id uuid PRIMARY KEY, title text, headings text, body text, doc text GENERATED ALWAYS AS (title || ' ' || headings || ' ' || body) STORED)"
            : """
              CREATE TABLE a (id uuid PRIMARY KEY, title text, headings text, body text,
                tsv tsvector GENERATED ALWAYS AS (
                  setweight(to_tsvector('simple', headings), 'A') || setweight(to_tsvector('simple', body), 'B') || setweight(to_tsvector('simple', title), 'C')) STORED)
              """);
        using (var connection = _source.OpenConnection())
        using (var writer = connection.BeginBinaryImport("COPY a (id, title, headings, body) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var article in articles)
            {
                writer.StartRow();
                writer.Write(article.Id, NpgsqlDbType.Uuid);
                writer.Write(trigram ? article.Title : QueryTerms.Tokens(article.Title), NpgsqlDbType.Text);
                writer.Write(trigram ? article.Headings : QueryTerms.Tokens(article.Headings), NpgsqlDbType.Text);
                writer.Write(trigram ? article.Body : QueryTerms.Tokens(article.Body), NpgsqlDbType.Text);
            }

            writer.Complete();
        }

        Execute(trigram
            ? "CREATE INDEX a_doc ON a USING gist (doc gist_trgm_ops); ANALYZE a"
            : "CREATE INDEX a_tsv ON a USING gin (tsv); ANALYZE a");
    }

    public IReadOnlyList<Guid> Search(string question, int top)
    {
        using var command = _source!.CreateCommand();
        if (trigram)
        {
            command.CommandText = "SELECT id FROM a ORDER BY doc <-> $1 LIMIT $2";
            command.Parameters.AddWithValue(ServiceBot.Language.Retrieval.QueryAnalyzer.Default.Analyze(question).Content);
        }
        else
        {
            var terms = QueryTerms.Bigrams(question);
            if (terms.Count == 0)
            {
                return [];
            }

            command.CommandText = "SELECT id FROM a, to_tsquery('simple', $1) q WHERE tsv @@ q ORDER BY ts_rank(tsv, q) DESC LIMIT $2";
            command.Parameters.AddWithValue(string.Join(" | ", terms.Select(t => $"'{t}'")));
        }

        command.Parameters.AddWithValue(top);
        using var reader = command.ExecuteReader();
        var ids = new List<Guid>();
        while (reader.Read())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    public void Dispose()
    {
        _source?.Dispose();
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(adminConnection);
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", admin);
        drop.ExecuteNonQuery();
    }

    private void Execute(string sql)
    {
        using var command = _source!.CreateCommand(sql);
        command.ExecuteNonQuery();
    }
}
