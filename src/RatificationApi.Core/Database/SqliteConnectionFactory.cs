using Microsoft.Data.Sqlite;

namespace RatificationApi.Database;

/// <summary>
/// The only code that opens database connections: the builder's private writable one to a new file, and read-only
/// ones to the database the service loaded at start-up (its read model, and the readiness probe).
/// </summary>
public sealed class SqliteConnectionFactory
{
    /// <summary>The database the service loaded, or null before start-up has loaded one. Set once: replicas are immutable.</summary>
    public string? DatabasePath { get; private set; }

    /// <summary>Records <paramref name="path"/> as the database the service serves; a data change ships as a new build, not a second call.</summary>
    internal void Serve(string path)
    {
        if (DatabasePath is not null)
        {
            throw new InvalidOperationException($"The service already serves '{DatabasePath}'; a data change ships as a new build.");
        }

        DatabasePath = path;
    }

    public Task<SqliteConnection> OpenReadOnlyAsync(CancellationToken cancellationToken) =>
        OpenReadOnlyAsync(DatabasePath ?? throw new InvalidOperationException("The database has not been built yet."), cancellationToken);

    /// <summary>Opens the database at <paramref name="path"/> read-only.</summary>
    public static async Task<SqliteConnection> OpenReadOnlyAsync(string path, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        }.ToString());
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    internal static SqliteConnection OpenForBuild(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }
}
