// The baseline: a bare @apollo/server with the same schema, answering the listings page from
// memory. Reads the schema and the recorded answer from the files the runner hands it.
import { readFileSync } from 'node:fs';

import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

async function main(): Promise<void> {
  const [schemaFile, answerFile, port] = process.argv.slice(2);
  const answer = JSON.parse(readFileSync(answerFile, 'utf8')) as { data: Record<string, unknown> };
  const server = new ApolloServer({
    typeDefs: readFileSync(schemaFile, 'utf8'),
    resolvers: { Query: { listings: () => answer.data.listings } },
  });
  const { url } = await startStandaloneServer(server, { listen: { port: Number(port), host: '127.0.0.1' } });
  process.stdout.write(`ready ${url}\n`);
}

main().catch((err) => {
  process.stderr.write(String(err?.stack ?? err));
  process.exit(1);
});
