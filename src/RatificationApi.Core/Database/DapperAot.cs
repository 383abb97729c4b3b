// Every Dapper call of this assembly runs code Dapper.AOT generated at build time, instead of the readers and parameter
// writers Dapper would emit and compile at run time: the catalog's load at start-up no longer waits for the JIT to
// compile one reader per row type (docs/performance.md). The calls stay Dapper's; the csproj names the interceptors.
[module: Dapper.DapperAot]
