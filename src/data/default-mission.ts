import mission from '../../data/haiti-mss.json' with { type: 'json' };

export default mission;
