import type { IncomingMessage } from 'node:http';

export const ACTION_BODY_LIMIT: number;
export function isActionRequest(req: IncomingMessage): boolean;
export function foreignOrigin(req: IncomingMessage): boolean;
export function actionBodyProblem(body: Buffer, contentType?: string): Promise<string | null>;
export function readBody(req: IncomingMessage, limit?: number): Promise<Buffer | null>;
export function replay(req: IncomingMessage, body: Buffer): IncomingMessage;
