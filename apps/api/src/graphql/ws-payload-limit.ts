import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';

import { WS_LIMITS } from './graphql.options';

/** The parts of Nest's Apollo driver this reaches into (not in its public types). */
interface DriverWithSubscriptions {
  _subscriptionService?: { wss?: { options: { maxPayload?: number } } };
}

/**
 * Caps each WebSocket frame at `WS_LIMITS.maxPayloadBytes` (ws' default is 100 MiB, and Nest
 * creates the graphql-ws server without a way to pass the option). A larger frame closes the
 * connection with 1009. ws reads the option at each upgrade, so setting it before the first
 * connection covers them all; should Nest's internals move, the API refuses to start rather than
 * run without the cap.
 */
@Injectable()
export class WsPayloadLimit implements OnApplicationBootstrap {
  constructor(private readonly modules: ModuleRef) {}

  onApplicationBootstrap(): void {
    const graphql = this.modules.get(GraphQLModule, { strict: false });
    const driver = graphql.graphQlAdapter as unknown as DriverWithSubscriptions;
    const wss = driver._subscriptionService?.wss;
    if (!wss) throw new Error('graphql-ws server not found: cannot cap WebSocket frames');
    wss.options.maxPayload = WS_LIMITS.maxPayloadBytes;
  }
}
