import { startStack, Stack } from './support/stack';
import { GraphQLClient } from './support/graphql';

describe('smoke', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => stack.close());
  it('answers', async () => {
    const api = new GraphQLClient(stack.apiUrl);
    const data = await api.ok(`{ chainCategory(code: "1512") { name } }`);
    expect(data.chainCategory.name).toBe('白酒制造');
  });
});
